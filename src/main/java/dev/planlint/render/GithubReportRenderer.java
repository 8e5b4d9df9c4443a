package dev.planlint.render;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Diagnostic;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code --format github}: GitHub Actions workflow commands, which the runner shows as annotations on the pull
 * request: one line per problem with the input ({@code ::error}) and per active finding ({@code ::error},
 * {@code ::warning} or {@code ::notice} for info). Suppressed findings and findings known from the baseline are not
 * annotated. Every value is escaped (see {@link WorkflowCommand}), so no text from a strategy can end a line or start
 * another command.
 */
public final class GithubReportRenderer implements TextRenderer {

    private final Locale locale;

    public GithubReportRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        for (Diagnostic diagnostic : report.diagnostics()) {
            out.println(WorkflowCommand.annotation(diagnostic.isError() ? "error" : "notice",
                    diagnostic.position().file(), diagnostic.position().line(), diagnostic.position().column(),
                    SarifRules.INPUT_ERROR, diagnostic.message(locale)));
        }
        for (ReportedFinding finding : report.activeFindings()) {
            out.println(WorkflowCommand.annotation(command(finding), finding.subject().file(),
                    finding.subject().line(), finding.subject().column(), finding.ruleId(), finding.message(locale)));
        }
    }

    private static String command(ReportedFinding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }
}
