package dev.planlint.check;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.load.LoadResult;
import dev.planlint.diagnostic.SourceFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects what a check produces, from any thread and in any order, and sorts it once into a {@link Report}. */
final class ReportBuilder {

    private final List<ReportedStrategy> strategies = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, SourceFile> sources = new TreeMap<>();
    private final List<ReportedFinding> findings = new ArrayList<>();
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

    synchronized void evaluated(ReportedStrategy strategy, List<ReportedFinding> found) {
        strategies.add(strategy);
        findings.addAll(found);
    }

    /** Everything of {@code part}, a report of some of the files. */
    synchronized void add(Report part) {
        strategies.addAll(part.strategies());
        diagnostics.addAll(part.diagnostics());
        sources.putAll(part.sources());
        findings.addAll(part.findings());
        comparisons.addAll(part.comparisons());
    }

    synchronized void compared(PeriodComparison comparison) {
        comparisons.add(comparison);
    }

    synchronized Report build(LocalDate asOf) {
        return new Report(asOf,
                strategies.stream().sorted(Comparator.comparing(s -> s.strategy().file())).toList(),
                diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList(),
                findings.stream().sorted(ReportedFinding.ORDER).toList(),
                comparisons.stream().sorted(Comparator.comparing(c -> c.current().file())).toList(),
                sources);
    }
}
