package dev.planlint.render;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.SourcePosition;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format github}: GitHub Actions workflow commands, which the runner shows as annotations on the pull
 * request: problems with the input and active findings as {@code ::error}, {@code ::warning} or {@code ::notice}
 * (info). GitHub shows at most {@value #SHOWN_PER_KIND} annotations of each kind per step and drops the rest
 * silently, so when a kind has more, the first nine are annotated and the tenth says how many more there are; those
 * are then listed in a collapsed log group, one line each, so the step's log always holds every finding. (The whole
 * report also goes to the job summary; the command line writes it there.) Suppressed findings and findings known
 * from the baseline are not reported. Every value is escaped (see {@link WorkflowCommand}), so no text from a
 * strategy can end a line or start another command.
 */
public final class GithubReportRenderer implements TextRenderer {

    /** Annotations of one kind (error, warning, notice) that GitHub shows for one step. */
    static final int SHOWN_PER_KIND = 10;

    private static final List<String> KINDS = List.of("error", "warning", "notice");

    private final Locale locale;

    public GithubReportRenderer(Locale locale) {
        this.locale = locale;
    }

    /** One thing to report: the annotation's kind, where, what, and by which rule. */
    private record Entry(String kind, SourcePosition position, String rule, String message) {
    }

    @Override
    public void render(Report report, PrintWriter out) {
        List<Entry> entries = entries(report);
        List<Entry> notAnnotated = new ArrayList<>();
        for (String kind : KINDS) {
            List<Entry> ofKind = entries.stream().filter(entry -> entry.kind().equals(kind)).toList();
            int annotated = ofKind.size() <= SHOWN_PER_KIND ? ofKind.size() : SHOWN_PER_KIND - 1;
            ofKind.subList(0, annotated).forEach(entry -> out.println(annotation(entry)));
            if (annotated < ofKind.size()) {
                int rest = ofKind.size() - annotated;
                out.println(WorkflowCommand.annotation(kind, "planlint",
                        Messages.format(locale, "github.more." + kind, rest, SHOWN_PER_KIND)));
                notAnnotated.addAll(ofKind.subList(annotated, ofKind.size()));
            }
        }
        if (!notAnnotated.isEmpty()) {
            out.println("::group::" + WorkflowCommand.data(
                    Messages.format(locale, "github.group", notAnnotated.size())));
            notAnnotated.forEach(entry -> out.println(logLine(entry)));
            out.println("::endgroup::");
        }
    }

    /** Input problems first, then findings, in report order; the kinds are written errors first. */
    private List<Entry> entries(Report report) {
        List<Entry> entries = new ArrayList<>();
        for (Diagnostic diagnostic : report.diagnostics()) {
            entries.add(new Entry(diagnostic.isError() ? "error" : "notice", diagnostic.position(),
                    SarifRules.INPUT_ERROR, diagnostic.message(locale)));
        }
        for (ReportedFinding finding : report.activeFindings()) {
            entries.add(new Entry(kind(finding), new SourcePosition(finding.subject().file(),
                    finding.subject().line(), finding.subject().column()), finding.ruleId(),
                    finding.message(locale)));
        }
        return entries;
    }

    /** A cell of a workbook has no line GitHub could mark: its annotation is on the file and names the cell. */
    private static String annotation(Entry entry) {
        SourcePosition at = entry.position();
        return at.cell().map(cell -> WorkflowCommand.annotation(entry.kind(), at.file(), entry.rule(),
                        cell + ": " + entry.message()))
                .orElseGet(() -> WorkflowCommand.annotation(entry.kind(), at.file(), at.line(), at.column(),
                        entry.rule(), entry.message()));
    }

    /**
     * A finding as an ordinary log line, {@code file:line:column: kind: message [rule]}, which the runner shows as
     * written (it unescapes only commands). It reads a line as a command only when it starts with {@code ::} (after
     * blanks), so a file name that would is written as {@code ./::…}; controls (a line end, a terminal escape) and
     * bidirectional overrides are shown as {@code \\u000A}, so one finding stays one inert line.
     */
    private static String logLine(Entry entry) {
        return Escape.lineStart(entry.position().file()) + ":" + entry.position().place() + ": " + entry.kind() + ": " + Escape.text(entry.message()) + " ["
                + entry.rule() + "]";
    }

    private static String kind(ReportedFinding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }
}
