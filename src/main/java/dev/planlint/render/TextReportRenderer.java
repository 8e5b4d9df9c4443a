package dev.planlint.render;

import dev.planlint.catalog.Severity;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.check.ReportedVision;
import dev.planlint.diagnostic.Messages;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The terminal report: input problems first, then findings grouped by file and basic goal, each as
 * {@code file:line:column: severity: message [rule-id]}, then one summary line. Colour only when asked (a terminal).
 */
public final class TextReportRenderer implements TextRenderer {

    private static final String RESET = "\u001B[0m";

    private final Locale locale;
    private final boolean colour;

    public TextReportRenderer(Locale locale, boolean colour) {
        this.locale = locale;
        this.colour = colour;
    }


    @Override
    public void render(Report report, PrintWriter out) {
        new DiagnosticPrinter(locale, report.sources()).print(report.diagnostics(), out);
        Map<String, Map<Integer, List<ReportedFinding>>> byFileAndGoal = report.findings().stream()
                .collect(Collectors.groupingBy(finding -> finding.subject().file(), TreeMap::new,
                        Collectors.groupingBy(finding -> finding.subject().goal(), TreeMap::new, Collectors.toList())));
        byFileAndGoal.forEach((file, byGoal) -> {
            out.println();
            out.println("== " + Escape.text(file));
            byGoal.forEach((goal, findings) -> {
                out.println(goal == 0 ? "-- " + Messages.text(locale, "report.strategyLevel")
                        : "-- " + Messages.format(locale, "report.goal", String.valueOf(goal)));
                findings.forEach(finding -> renderFinding(finding, out));
            });
        });
        kpis(report, out);
        report.strategies().forEach(strategy -> strategy.vision()
                .ifPresent(vision -> renderVision(report, strategy, vision, out)));
        previousReviews(report, out);
        out.println();
        out.println(summary(report));
    }

    /**
     * The population vision of a strategy: each population target with the newest actual population, the path's
     * value at its year and the rules that found something about the vision (their findings are listed above).
     */
    private void renderVision(Report report, ReportedStrategy strategy, ReportedVision vision, PrintWriter out) {
        out.println();
        out.println("== " + Messages.text(locale, "report.section.vision") + ": "
                + Escape.text(strategy.strategy().file()));
        String rules = VisionLines.findings(report, strategy).stream().map(ReportedFinding::ruleId).distinct()
                .collect(Collectors.joining(", "));
        for (VisionLines.Line line : VisionLines.of(vision)) {
            StringBuilder text = new StringBuilder(line.year() + " " + line.targetText());
            if (!line.latestText().isEmpty()) {
                text.append(" · ").append(Messages.text(locale, "report.col.latest")).append(' ')
                        .append(line.latestText()).append(" (").append(line.latestDate()).append(')');
            }
            if (!line.pathText().isEmpty()) {
                text.append(" · ").append(Messages.text(locale, "report.col.pathValue")).append(' ')
                        .append(line.pathText()).append(" · ").append(Messages.text(locale, "report.col.difference"))
                        .append(' ').append(line.differenceText());
            }
            out.println(Escape.text(text.toString()) + (rules.isEmpty() ? "" : " [" + rules + "]"));
        }
    }

    /** Each strategy's KPIs with their latest value, rate and grade, as the other formats show them. */
    private void kpis(Report report, PrintWriter out) {
        for (ReportedStrategy strategy : report.strategies()) {
            List<KpiLines.Line> lines = KpiLines.of(report, strategy);
            if (lines.isEmpty()) {
                continue;
            }
            out.println();
            out.println("== " + Escape.text(Messages.format(locale, "report.kpiHeading", strategy.title())) + " ("
                    + Escape.text(strategy.strategy().file()) + ")");
            lines.forEach(line -> out.println("  " + Escape.text(Messages.format(locale, "report.kpiLine",
                    line.where(locale), line.kpi().name(), line.latestText(), line.rateText(),
                    line.statusText(locale)))));
        }
    }

    /** The previous-period review (前期の検証) of each strategy that has a predecessor: a line a previous KPI. */
    private void previousReviews(Report report, PrintWriter out) {
        PreviousReviewView view = new PreviousReviewView(locale);
        for (ReportedStrategy strategy : report.strategies()) {
            if (strategy.previousReview().isEmpty()) {
                continue;
            }
            out.println();
            out.println("== " + Escape.text(Messages.format(locale, "review.heading",
                    ReportedStrategy.title(strategy.predecessor().orElseThrow()))) + " ("
                    + Escape.text(strategy.predecessor().orElseThrow().file()) + ")");
            view.rows(strategy.previousReview()).forEach(row -> out.println("  " + Escape.text(view.line(row))));
        }
    }

    private void renderFinding(ReportedFinding finding, PrintWriter out) {
        String severity = Messages.text(locale, "severity." + finding.severity().name());
        String where = Escape.lineStart(finding.subject().file()) + ":" + finding.subject().line() + ":"
                + finding.subject().column();
        String line = where + ": " + paint(finding.severity(), severity) + ": " + Escape.text(finding.message(locale))
                + " [" + finding.ruleId() + "]";
        String unchanged = finding.inBaseline() ? "  (" + Messages.text(locale, "report.unchanged") + ")" : "";
        out.println(finding.suppressedBecause()
                .map(reason -> "   " + line + "  (" + Escape.text(Messages.format(locale, "report.suppressed", reason))
                        + ")")
                .orElse(line) + unchanged);
    }

    private String summary(Report report) {
        return Messages.format(locale, "report.summary",
                // Numbers, not strings: the English message chooses "1 error" or "2 errors" by the count.
                (long) report.strategies().size(),
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO),
                report.findings().stream().filter(ReportedFinding::isSuppressed).count(),
                report.diagnostics().stream().filter(d -> d.isError()).count());
    }

    private String paint(Severity severity, String text) {
        if (!colour) {
            return text;
        }
        String code = switch (severity) {
            case ERROR -> "\u001B[31;1m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
        return code + text + RESET;
    }
}
