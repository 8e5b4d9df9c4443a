package dev.planlint.check;

import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLink;
import dev.planlint.model.PeriodLinks;
import dev.planlint.model.Strategy;
import dev.planlint.model.Subject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A strategy set beside its predecessor, with everything linked between them. */
public record PeriodComparison(Strategy previous, Strategy current, PeriodLinks links) {

    /** The rules that judge what became of a previous target. */
    private static final Set<String> OUTCOME_RULES = Set.of("previous-target-missed", "previous-target-met",
            "previous-target-without-outcome");

    /**
     * The finding that says what became of the previous target of {@code link}, if a rule judged it: on the current
     * KPI (or the previous one, dropped), and for the previous KPI the finding names, where a KPI replaces several.
     */
    public Optional<ReportedFinding> outcome(KpiLink link, List<ReportedFinding> findings) {
        String name = link.current().or(link::previous).orElseThrow().name();
        Optional<String> previousName = link.previous().map(Kpi::name);
        return findings.stream()
                .filter(finding -> OUTCOME_RULES.contains(finding.ruleId()))
                .filter(finding -> finding.subject().kind() == Subject.Kind.KPI
                        && finding.subject().file().equals(current.file()) && finding.subject().name().equals(name))
                .filter(finding -> finding.figures().get("previousName") == null
                        || previousName.map(finding.figures().get("previousName")::equals).orElse(false))
                .findFirst();
    }
}
