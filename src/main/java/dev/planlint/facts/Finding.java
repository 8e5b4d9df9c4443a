package dev.planlint.facts;

import dev.planlint.model.Subject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule found, inserted by the rule as a fact and read back with the {@code findings} query. The figures behind
 * it are data (name to value, in the order the rule gave them), so reports can show and compute with them.
 * A user rule may set its own severity and message; the shipped rules take theirs from the catalog.
 */
public final class Finding {

    /** The figure that says how a relative target's level is worked out: 4.0%減少 = 1,000人 × (1 − 4.0%) = 960人. */
    public static final String TARGET_ARITHMETIC = "targetArithmetic";

    private final String ruleId;
    private final Subject subject;
    private final Map<String, Object> figures;
    private final String severity;
    private final String messageJa;
    private final String messageEn;

    private Finding(String ruleId, Subject subject, Map<String, Object> figures, String severity, String messageJa,
                    String messageEn) {
        this.ruleId = Objects.requireNonNull(ruleId);
        this.subject = Objects.requireNonNull(subject);
        this.figures = Collections.unmodifiableMap(figures);
        this.severity = severity;
        this.messageJa = messageJa;
        this.messageEn = messageEn;
    }

    public static Finding on(String ruleId, Subject subject) {
        return new Finding(ruleId, subject, new LinkedHashMap<>(), null, null, null);
    }

    /**
     * The years of a target written as an average (R7～R11年度平均), given by a rule that grades single-year actuals
     * against it (progress-behind): its message then says so.
     */
    public static final String AVERAGE_TARGET = "averageTarget";

    /** A finding on a KPI; for a target written as a change (4.0%減少), with the arithmetic of the level it implies. */
    public static Finding on(String ruleId, KpiFact kpi) {
        return on(ruleId, kpi.getSubject()).with(TARGET_ARITHMETIC, kpi.getPath().getTargetArithmetic());
    }

    public static Finding on(String ruleId, GoalFact goal) {
        return on(ruleId, goal.getSubject());
    }

    /** The same finding with one more figure; a figure that cannot be had (null) is left out. */
    public Finding with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(figures);
        more.put(name, value);
        return new Finding(ruleId, subject, more, severity, messageJa, messageEn);
    }

    /** For user rules: the severity (error, warning or info) when the catalog does not know the rule. */
    public Finding severity(String newSeverity) {
        return new Finding(ruleId, subject, new LinkedHashMap<>(figures), newSeverity, messageJa, messageEn);
    }

    /** For user rules: the message in Japanese and English. */
    public Finding message(String japanese, String english) {
        return new Finding(ruleId, subject, new LinkedHashMap<>(figures), severity, japanese, english);
    }

    public String getRuleId() {
        return ruleId;
    }

    public Subject getSubject() {
        return subject;
    }

    public Map<String, Object> getFigures() {
        return figures;
    }

    public Optional<String> getSeverity() {
        return Optional.ofNullable(severity);
    }

    public Optional<String> getMessageJa() {
        return Optional.ofNullable(messageJa);
    }

    public Optional<String> getMessageEn() {
        return Optional.ofNullable(messageEn);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding finding && ruleId.equals(finding.ruleId) && subject.equals(finding.subject)
                && figures.equals(finding.figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, subject, figures);
    }

    @Override
    public String toString() {
        return ruleId + " " + subject + " " + figures;
    }
}
