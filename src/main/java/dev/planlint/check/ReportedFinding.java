package dev.planlint.check;

import dev.planlint.catalog.Severity;
import dev.planlint.model.Subject;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A finding as reported: the rule's finding with its severity decided, its message in both languages, and whether
 * it is suppressed in the strategy (with the written reason).
 */
public record ReportedFinding(String ruleId, Severity severity, Subject subject, Map<String, Object> figures,
                              String messageEn, String messageJa, Optional<String> suppressedBecause,
                              boolean inBaseline) {

    /** A finding that counts towards the exit code: neither suppressed nor already in the baseline. */
    public boolean isActive() {
        return suppressedBecause.isEmpty() && !inBaseline;
    }

    /** File, position, rule, then figures: the order every report lists findings in. */
    public static final Comparator<ReportedFinding> ORDER = Comparator
            .comparing((ReportedFinding finding) -> finding.subject().file())
            .thenComparingInt(finding -> finding.subject().line())
            .thenComparingInt(finding -> finding.subject().column())
            .thenComparing(ReportedFinding::ruleId)
            .thenComparing(finding -> finding.figures().toString());

    public ReportedFinding {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public boolean isSuppressed() {
        return suppressedBecause.isPresent();
    }

    public String message(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? messageJa : messageEn;
    }

    public ReportedFinding suppressed(String reason) {
        return new ReportedFinding(ruleId, severity, subject, figures, messageEn, messageJa, Optional.of(reason),
                inBaseline);
    }

    /** The same finding, known from the baseline report: reported as unchanged, and it does not fail the run. */
    public ReportedFinding unchanged() {
        return new ReportedFinding(ruleId, severity, subject, figures, messageEn, messageJa, suppressedBecause, true);
    }

    /** What identifies a finding across revisions of a file: lines move as planners edit, names stay. */
    public String baselineKey() {
        return ruleId + "\u0000" + subject.file() + "\u0000" + subject.kind() + "\u0000" + subject.name();
    }
}
