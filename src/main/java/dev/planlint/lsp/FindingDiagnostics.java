package dev.planlint.lsp;

import dev.planlint.catalog.Release;
import dev.planlint.catalog.Severity;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.InputSeverity;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A check's report as the editor's diagnostics for one document: input problems (syntax, validation) with their
 * message code, and rule findings with their rule id. A problem in another file (the predecessor the document names)
 * is shown on the document's first line, naming that file, since the editor can only mark the open text. A rule
 * finding links to its rule's page where the build was given the address the pages are published under (the same
 * address SARIF's {@code helpUri} uses), so no link leads nowhere.
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
            diagnostics.add(diagnostic);
        }
        return diagnostics;
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
