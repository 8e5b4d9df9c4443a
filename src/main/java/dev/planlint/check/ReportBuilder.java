package dev.planlint.check;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.facts.KpiStatus;
import dev.planlint.load.LoadResult;
import dev.planlint.load.LoadedStrategy;
import dev.planlint.load.SourceFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects what a check produces, from any thread and in any order, and sorts it once into a {@link Report}. */
final class ReportBuilder {

    private final List<LoadedStrategy> strategies = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, SourceFile> sources = new TreeMap<>();
    private final List<ReportedFinding> findings = new ArrayList<>();
    private final List<KpiStatus> statuses = new ArrayList<>();
    private final List<PeriodComparison> comparisons = new ArrayList<>();


    /** Keeps the text of a file only when a message quotes it, so that a large batch does not hold every file. */
    synchronized void loaded(LoadResult result) {
        diagnostics.addAll(result.diagnostics());
        result.diagnostics().forEach(diagnostic -> {
            SourceFile source = result.sources().get(diagnostic.position().file());
            if (source != null) {
                sources.put(source.displayName(), source);
            }
        });
    }

    synchronized void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    synchronized void evaluated(LoadedStrategy strategy, List<ReportedFinding> found, List<KpiStatus> graded) {
        strategies.add(strategy);
        findings.addAll(found);
        statuses.addAll(graded);
    }

    synchronized void compared(PeriodComparison comparison) {
        comparisons.add(comparison);
    }

    synchronized Report build(LocalDate asOf) {
        return new Report(asOf,
                strategies.stream().sorted(Comparator.comparing(s -> s.strategy().file())).toList(),
                diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList(),
                findings.stream().sorted(ReportedFinding.ORDER).toList(),
                statuses.stream().sorted(Comparator.comparing((KpiStatus status) -> status.getSubject().file())
                        .thenComparingInt(status -> status.getSubject().line())
                        .thenComparing(status -> status.getScheme().id())).toList(),
                comparisons.stream().sorted(Comparator.comparing(c -> c.current().strategy().file())).toList(),
                sources);
    }
}
