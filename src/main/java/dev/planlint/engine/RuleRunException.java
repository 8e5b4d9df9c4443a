package dev.planlint.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * A user rule stopped the evaluation of a strategy: it ran past the time limit, threw, or tried to end the program.
 * Carries what a message needs (the rule, the limit, how often it fired) and no Drools type.
 */
public final class RuleRunException extends RuntimeException {

    public enum Kind { TIME_LIMIT, FAILED, EXITED }

    private final Kind kind;
    private final Optional<RuleSource> rule;
    private final Duration limit;
    private final long timesFired;

    RuleRunException(Kind kind, Optional<RuleSource> rule, Duration limit, long timesFired, Throwable cause) {
        super(kind + " " + rule.map(RuleSource::name).orElse("?"), cause, false, false);
        this.kind = kind;
        this.rule = rule;
        this.limit = limit;
        this.timesFired = timesFired;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule to blame; empty when no user rule was running or had fired. */
    public Optional<RuleSource> rule() {
        return rule;
    }

    public Duration limit() {
        return limit;
    }

    public long timesFired() {
        return timesFired;
    }

    /** What the rule threw, in words that name no Java class: the message of the innermost cause. */
    public String thrown() {
        Throwable innermost = getCause();
        while (innermost != null && innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        if (innermost == null) {
            return "";
        }
        String message = innermost.getMessage();
        String what = ThrowableNames.describe(innermost);
        return message == null || message.isBlank() ? what : what + ": " + message.strip();
    }
}
