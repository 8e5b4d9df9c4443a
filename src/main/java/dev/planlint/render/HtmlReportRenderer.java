package dev.planlint.render;

import dev.planlint.catalog.Severity;
import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Messages;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.check.ReportedVision;
import dev.planlint.model.Strategy;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code --format html}: one self-contained page for the council: summary, the KPI table, a chart per KPI in the
 * colour of its status, the findings by basic goal and the between-period tables. No script, no network; A4 print
 * stylesheet. Deterministic: the same report gives the same bytes.
 */
public final class HtmlReportRenderer implements TextRenderer {

    private final Locale locale;

    public HtmlReportRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        HtmlPage page = new HtmlPage(locale, out);
        String title = report.strategies().size() == 1 ? KpiLines.title(report.strategies().get(0))
                : text("report.title");
        page.open(text("report.title") + " — " + title);
        out.println("<header>");
        out.println("<h1>" + Escape.html(text("report.title")) + "</h1>");
        out.println("<p class=\"as-of\">" + Escape.html(Messages.format(locale, "report.asOf",
                report.asOf().toString())) + "</p>");
        out.println("</header>");

        out.println("<h2>" + Escape.html(text("report.section.summary")) + "</h2>");
        out.println("<ul class=\"counts\">");
        count(out, "error", text("severity.ERROR"), report.count(Severity.ERROR));
        count(out, "warning", text("severity.WARNING"), report.count(Severity.WARNING));
        count(out, "info", text("severity.INFO"), report.count(Severity.INFO));
        count(out, "suppressed", text("report.count.suppressed"),
                report.findings().stream().filter(ReportedFinding::isSuppressed).count());
        count(out, "input-errors", text("report.count.inputErrors"),
                report.diagnostics().stream().filter(d -> d.isError()).count());
        count(out, "kpis", text("report.count.kpis"), KpiLines.of(report).size());
        out.println("</ul>");
        page.diagnostics(report.diagnostics());
        if (report.strategies().isEmpty()) {
            out.println("<p>" + Escape.html(text("report.noStrategies")) + "</p>");
        }

        Map<String, List<ReportedFinding>> byFile = report.findings().stream()
                .collect(Collectors.groupingBy(finding -> finding.subject().file(), TreeMap::new,
                        Collectors.toList()));
        int index = 0;
        for (ReportedStrategy strategy : report.strategies()) {
            index = strategy(report, strategy, byFile.getOrDefault(strategy.strategy().file(), List.of()), page,
                    out, index);
            byFile.remove(strategy.strategy().file());
        }
        byFile.forEach((file, findings) -> {
            out.println("<h2>" + Escape.html(file) + "</h2>");
            findings(findings, null, page, out);
        });
        page.close();
    }

    private static void count(PrintWriter out, String css, String label, long n) {
        out.println("<li class=\"" + css + "\"><span class=\"n\">" + n + "</span>" + Escape.html(label) + "</li>");
    }

    private int strategy(Report report, ReportedStrategy loaded, List<ReportedFinding> findings, HtmlPage page,
                         PrintWriter out, int index) {
        Strategy strategy = loaded.strategy();
        out.println("<section class=\"strategy\">");
        out.println("<h2>" + Escape.html(KpiLines.title(loaded)) + "</h2>");
        out.println("<dl class=\"facts\">");
        fact(out, "report.files", strategy.file());
        strategy.municipality().ifPresent(m -> fact(out, "report.municipality", m.value()));
        strategy.extendedPeriod().or(strategy::period)
                .ifPresent(p -> fact(out, "report.period", p.value().written()));
        strategy.status().ifPresent(s -> fact(out, "report.planStatus", text("report.planStatus." + s.value().name())));
        loaded.predecessor().ifPresent(p -> fact(out, "report.predecessor", KpiLines.title(p)));
        out.println("</dl>");
        loaded.vision().ifPresent(vision -> vision(report, loaded, vision, page, out));

        List<KpiLines.Line> lines = KpiLines.of(report, loaded);
        out.println("<h3>" + Escape.html(text("report.section.kpis")) + "</h3>");
        if (lines.isEmpty()) {
            out.println("<p>" + Escape.html(text("report.noKpis")) + "</p>");
        } else {
            page.head("report.col.goal", "report.col.kpi", "report.col.baseline", "report.col.target",
                    "report.col.latest", "report.col.rate", "report.col.status", "report.col.findings");
            int row = index;
            for (KpiLines.Line line : lines) {
                row++;
                out.println("<tr>" + HtmlPage.cell(line.where(locale), "num")
                        + "<td><a href=\"#kpi-" + row + "\">" + Escape.html(line.kpi().name()) + "</a></td>"
                        + HtmlPage.cell(Figures.baseline(line.kpi())) + HtmlPage.cell(Figures.target(line.kpi().target()))
                        + HtmlPage.cell(line.latestText()) + HtmlPage.cell(line.rateText(), "num")
                        + "<td>" + badge(line) + "</td>"
                        + HtmlPage.cell(String.valueOf(line.findings()), "num") + "</tr>");
            }
            page.end();
            out.println("<p class=\"note\">" + Escape.html(text("report.rateNote")) + "</p>");

            out.println("<h3>" + Escape.html(text("report.section.charts")) + "</h3>");
            legend(out);
            out.println("<div class=\"charts\">");
            SvgChart chart = new SvgChart(locale);
            for (KpiLines.Line line : lines) {
                index++;
                String id = "kpi-" + index;
                out.println("<figure class=\"kpi\" id=\"" + id + "\">");
                out.println("<h4>" + Escape.html(text("report.col.goal") + " " + line.where(locale) + " · "
                        + line.kpi().name()) + " " + badge(line) + "</h4>");
                out.println(chart.draw(line, id));
                out.println("<figcaption>" + Escape.html(caption(line)) + "</figcaption>");
                out.println("</figure>");
            }
            out.println("</div>");
        }

        out.println("<h3>" + Escape.html(text("report.section.findings")) + "</h3>");
        findings(findings, strategy, page, out);

        for (PeriodComparison comparison : report.comparisons()) {
            if (comparison.current().file().equals(loaded.strategy().file())) {
                out.println("<h3>" + Escape.html(text("report.section.periods")) + "</h3>");
                page.comparison(comparison, report, "h4");
            }
        }
        page.previousReview(loaded, "h3");
        out.println("</section>");
        return index;
    }

    /** The population vision: each population target with the newest actual population, and what was found. */
    private void vision(Report report, ReportedStrategy loaded, ReportedVision vision, HtmlPage page,
                        PrintWriter out) {
        out.println("<h3>" + Escape.html(text("report.section.vision")) + "</h3>");
        page.head("report.col.visionYear", "report.col.target", "report.col.latest", "report.col.latestDate",
                "report.col.pathValue", "report.col.difference", "sheet.col.messages");
        String found = VisionLines.messages(report, loaded, locale);
        for (VisionLines.Line line : VisionLines.of(vision)) {
            out.println("<tr>" + HtmlPage.cell(line.year()) + HtmlPage.cell(line.targetText())
                    + HtmlPage.cell(line.latestText()) + HtmlPage.cell(line.latestDate())
                    + HtmlPage.cell(line.pathText(), "num") + HtmlPage.cell(line.differenceText(), "num")
                    + HtmlPage.cell(found) + "</tr>");
        }
        page.end();
    }

    private String caption(KpiLines.Line line) {
        return line.status().map(status -> Messages.format(locale, "report.chart.scheme", Messages.words(locale, status.scheme()).orElseThrow())
                        + " · " + Messages.format(locale, "report.chart.graded", line.statusText(locale))
                        + (status.figure() == null ? ""
                        : " · " + Messages.format(locale, "report.chart.figure", line.figureText())))
                .orElse(line.reported().notJudgeable().isPresent() ? line.statusText(locale)
                        : text(line.latest().isPresent() ? "report.chart.notGradedByScheme" : "report.chart.notGraded"));
    }

    private String badge(KpiLines.Line line) {
        return "<span class=\"badge " + line.track().css() + "\">" + Escape.html(line.statusText(locale)) + "</span>";
    }

    private void legend(PrintWriter out) {
        out.println("<div class=\"legend\"><span>" + Escape.html(text("report.chart.legend")) + ":</span>"
                + "<span><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5\" "
                + "fill=\"#fff\" stroke=\"#24292f\" stroke-width=\"2\"/></svg> " + Escape.html(text("report.chart.baseline"))
                + "</span><span><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"3\" y=\"3\" width=\"8\" "
                + "height=\"8\" fill=\"" + SvgChart.TARGET + "\" transform=\"rotate(45 7 7)\"/></svg> "
                + Escape.html(text("report.chart.target")) + "</span>"
                + "<span><svg width=\"30\" height=\"14\" aria-hidden=\"true\"><line x1=\"1\" x2=\"29\" y1=\"7\" y2=\"7\" "
                + "stroke=\"" + SvgChart.TARGET + "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/></svg> "
                + Escape.html(text("report.bound.AT_LEAST") + " / " + text("report.bound.AT_MOST")) + "</span>"
                + dot(SvgChart.ON_TRACK, text("report.chart.actual") + " (" + text("report.track.ON_TRACK") + ")")
                + dot(SvgChart.OFF_TRACK, text("report.chart.actual") + " (" + text("report.track.OFF_TRACK") + ")")
                + dot(SvgChart.NO_DATA, text("report.chart.actual") + " (" + text("report.track.NO_DATA") + ")")
                + "<span><svg width=\"30\" height=\"14\" aria-hidden=\"true\"><rect width=\"30\" height=\"14\" "
                + "fill=\"#f1f5fb\"/></svg> " + Escape.html(text("report.chart.period")) + "</span></div>");
    }

    private static String dot(String colour, String label) {
        return "<span><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"4.5\" fill=\""
                + colour + "\"/></svg> " + Escape.html(label) + "</span>";
    }

    private void fact(PrintWriter out, String key, String value) {
        out.println("<dt>" + Escape.html(text(key)) + "</dt><dd>" + Escape.html(value) + "</dd>");
    }

    private void findings(List<ReportedFinding> findings, Strategy strategy, HtmlPage page, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println("<p>" + Escape.html(text("report.noFindings")) + "</p>");
            return;
        }
        Map<Integer, List<ReportedFinding>> byGoal = findings.stream()
                .collect(Collectors.groupingBy(finding -> finding.subject().goal(), TreeMap::new,
                        Collectors.toList()));
        byGoal.forEach((goal, inGoal) -> {
            out.println("<h4>" + Escape.html(FindingText.goalHeading(locale, goal, strategy)) + "</h4>");
            page.head("report.col.severity", "report.col.line", "report.col.subject", "report.col.message",
                    "report.col.rule");
            for (ReportedFinding finding : inGoal) {
                String css = finding.isSuppressed() ? " class=\"suppressed\"" : finding.inBaseline()
                        ? " class=\"unchanged\"" : "";
                out.println("<tr" + css + "><td class=\"sev " + finding.severity().label() + "\">"
                        + Escape.html(text("severity." + finding.severity().name())) + "</td>"
                        + HtmlPage.cell(String.valueOf(finding.subject().line()), "num")
                        + HtmlPage.cell(finding.subject().name())
                        + HtmlPage.cell(FindingText.message(locale, finding))
                        + HtmlPage.cell(finding.ruleId(), "rule") + "</tr>");
            }
            page.end();
        });
    }



    private String text(String key) {
        return Messages.text(locale, key);
    }
}
