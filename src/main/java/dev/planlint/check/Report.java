package dev.planlint.check;

import dev.planlint.catalog.Severity;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.SourceFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a check produced, sorted, for the renderers: the strategies judged with each KPI as the rules saw it
 * (its path and grade), the problems with the input, the findings and the periods compared. Renderers read this and
 * nothing of the stages before it.
 */
public record Report(LocalDate asOf, List<ReportedStrategy> strategies, List<Diagnostic> diagnostics,
                     List<ReportedFinding> findings, List<PeriodComparison> comparisons,
                     Map<String, SourceFile> sources) {

    public Report {
        strategies = List.copyOf(strategies);
        diagnostics = List.copyOf(diagnostics);
        findings = List.copyOf(findings);
        comparisons = List.copyOf(comparisons);
        sources = Map.copyOf(sources);
    }

    /** Every graded KPI of every strategy, in the order they are written. */
    public List<ReportedKpi> gradedKpis() {
        return strategies.stream().flatMap(strategy -> strategy.kpis().stream())
                .filter(kpi -> kpi.grade().isPresent()).toList();
    }

    public boolean hasInputErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Findings that count: neither suppressed nor already in the baseline. */
    public List<ReportedFinding> activeFindings() {
        return findings.stream().filter(ReportedFinding::isActive).toList();
    }

    /** The same report able to quote {@code source} in its messages, such as an --actuals file. */
    public Report withSource(SourceFile source) {
        Map<String, SourceFile> more = new java.util.TreeMap<>(sources);
        more.put(source.displayName(), source);
        return new Report(asOf, strategies, diagnostics, findings, comparisons, more);
    }

    /** The same report with the findings already in {@code baseline} marked unchanged. */
    public Report against(Baseline baseline) {
        List<ReportedFinding> marked = findings.stream()
                .map(finding -> baseline.contains(finding) ? finding.unchanged() : finding)
                .toList();
        return new Report(asOf, strategies, diagnostics, marked, comparisons, sources);
    }

    public long count(Severity severity) {
        return activeFindings().stream().filter(finding -> finding.severity() == severity).count();
    }

    public boolean hasFindingsAtLeast(Severity level) {
        return activeFindings().stream().anyMatch(finding -> finding.severity().atLeast(level));
    }
}
