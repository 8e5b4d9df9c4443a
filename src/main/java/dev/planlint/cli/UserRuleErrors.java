package dev.planlint.cli;

import dev.planlint.diagnostic.Messages;
import dev.planlint.engine.RuleRunException;
import dev.planlint.engine.RuleSource;

import java.util.Locale;
import java.util.Optional;

/** A user rule that stopped a check, said as its author reads it: the rule, its file and line, what it did. */
final class UserRuleErrors {

    private UserRuleErrors() {
    }

    /** The rule's failure, however deep the parallel checks wrapped it. */
    static Optional<RuleRunException> find(Throwable failed) {
        for (Throwable at = failed; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof RuleRunException byRule) {
                return Optional.of(byRule);
            }
        }
        return Optional.empty();
    }

    static String describe(RuleRunException failed, Locale locale) {
        String rule = failed.rule().map(source -> place(source, locale))
                .orElseGet(() -> Messages.text(locale, "userRule.unknownRule"));
        return switch (failed.kind()) {
            case TIME_LIMIT -> Messages.format(locale, "userRule.timeLimit", rule, failed.limit().toSeconds(),
                    failed.timesFired());
            case FAILED -> Messages.format(locale, "userRule.failed", rule, failed.thrown());
            case EXITED -> Messages.format(locale, "userRule.exited", rule);
        };
    }

    private static String place(RuleSource source, Locale locale) {
        return source.known()
                ? Messages.format(locale, "userRule.ruleAt", source.name(), source.file(), source.line())
                : Messages.format(locale, "userRule.rule", source.name());
    }
}
