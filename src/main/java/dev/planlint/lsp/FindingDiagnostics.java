package dev.planlint.lsp;

import dev.planlint.catalog.Release;
import dev.planlint.catalog.Severity;
import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.RelatedPlaces;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.InputSeverity;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A check's report as the editor's diagnostics for one document: input problems (syntax, validation) with their
 * message code, and rule findings with their rule id. A problem in another file (the predecessor the document names)
 * is shown on the document's first line, naming that file, since the editor can only mark the open text. A rule
 * finding links to its rule's page where the build was given the address the pages are published under (the same
 * address SARIF's {@code helpUri} uses), so no link leads nowhere. A finding carries its related lines
 * ({@link RelatedPlaces}): the previous period's line it compares with, the original of a 再掲.
 */
final class FindingDiagnostics {

    static final String SOURCE = "planlint";

    private FindingDiagnostics() {
    }

    static List<Diagnostic> of(Report report, String file, LineIndex lines, Locale locale) {
        return of(report, file, lines, locale, Release.current());
    }

    static List<Diagnostic> of(Report report, String file, LineIndex lines, Locale locale, Release release) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<RelatedPlaces> related = report.strategies().stream().findFirst().map(RelatedPlaces::of);
        for (dev.planlint.diagnostic.Diagnostic problem : report.diagnostics()) {
            boolean here = problem.position().file().equals(file);
            Range range = here ? lines.toEndOfLine(problem.position().line(), problem.position().column())
                    : lines.toEndOfLine(1, 1);
            String message = here ? problem.message(locale) : problem.position() + ": " + problem.message(locale);
            diagnostics.add(diagnostic(range, message, problem.code(),
                    problem.severity() == InputSeverity.ERROR ? DiagnosticSeverity.Error
                            : DiagnosticSeverity.Information));
        }
        for (ReportedFinding finding : report.findings()) {
            if (finding.isSuppressed() || !finding.subject().file().equals(file)) {
                continue;
            }
            Diagnostic diagnostic = diagnostic(lines.toEndOfLine(finding.subject().line(),
                    finding.subject().column()), finding.message(locale), finding.ruleId(), severity(finding.severity()));
            release.rulePage(finding.ruleId())
                    .ifPresent(page -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(page)));
            related.ifPresent(places -> relate(diagnostic, places.of(finding, betweenPeriods(finding.ruleId())),
                    file, lines, locale));
            diagnostics.add(diagnostic);
        }
        return diagnostics;
    }

    private static boolean betweenPeriods(String ruleId) {
        return RuleCatalog.shipped().rule(ruleId).map(rule -> "between-periods".equals(rule.concern())).orElse(false);
    }

    private static void relate(Diagnostic diagnostic, List<RelatedPlaces.Related> places, String file,
                               LineIndex lines, Locale locale) {
        if (places.isEmpty()) {
            return;
        }
        diagnostic.setRelatedInformation(places.stream().map(place -> {
            boolean here = place.position().file().equals(file);
            // Another file's text is not at hand: its line is given from the column written, which is enough to go to.
            Range range = here ? lines.toEndOfLine(place.position().line(), place.position().column())
                    : new Range(new Position(place.position().line() - 1, place.position().column() - 1),
                    new Position(place.position().line() - 1, place.position().column() - 1));
            String uri = Path.of(place.position().file()).toAbsolutePath().toUri().toString();
            return new DiagnosticRelatedInformation(new Location(uri, range), place.message(locale));
        }).toList());
    }

    private static Diagnostic diagnostic(Range range, String message, String code, DiagnosticSeverity severity) {
        Diagnostic diagnostic = new Diagnostic(range, message, severity, SOURCE, code);
        return diagnostic;
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
