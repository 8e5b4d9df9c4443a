package dev.planlint.render;

import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The frame of the HTML report and the HTML diff: one self-contained page (inline CSS, no script, no network) with
 * a print stylesheet for A4, and the tables both share. Every text from a strategy goes through {@link Escape#html}.
 */
final class HtmlPage {

    static final String STYLE = """
            :root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --head: #f0f3f6; --accent: #0b4f9c;
              --on-track: #1a7f37; --off-track: #cf222e; --no-data: #6e7781;
              --error: #cf222e; --warning: #9a6700; --info: #0969da; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
              font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif;
              font-size: 15px; line-height: 1.6; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 3px solid var(--accent); }
            h3 { font-size: 18px; margin: 28px 0 10px; border-left: 5px solid var(--accent); padding-left: 8px; }
            h4 { font-size: 16px; margin: 20px 0 8px; }
            .as-of { color: var(--muted); margin: 0 0 16px; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; }
            .counts { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; padding: 0; list-style: none; }
            .counts li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; min-width: 120px;
              text-align: center; }
            .counts .n { display: block; font-size: 26px; font-weight: bold; line-height: 1.2; }
            .counts .error .n { color: var(--error); }
            .counts .warning .n { color: var(--warning); }
            .counts .info .n { color: var(--info); }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
            th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: var(--head); font-weight: 600; }
            td.num { text-align: right; white-space: nowrap; }
            td.nowrap { white-space: nowrap; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            thead { display: table-header-group; }
            .badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 13px;
              white-space: nowrap; }
            .badge.on-track { background: var(--on-track); }
            .badge.off-track { background: var(--off-track); }
            .badge.no-data { background: var(--no-data); }
            .sev { font-weight: 600; white-space: nowrap; }
            .sev.error { color: var(--error); }
            .sev.warning { color: var(--warning); }
            .sev.info { color: var(--info); }
            .muted { color: var(--muted); }
            tr.suppressed td, tr.unchanged td { color: var(--muted); }
            .rule { font-family: ui-monospace, "Consolas", monospace; font-size: 12px; white-space: nowrap; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 12px; }
            figure.kpi { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px;
              break-inside: avoid; page-break-inside: avoid; }
            figure.kpi h4 { margin: 0 0 4px; }
            figure.kpi svg { display: block; width: 100%; height: auto; }
            figcaption { font-size: 13px; color: var(--muted); }
            .legend { display: flex; flex-wrap: wrap; gap: 16px; font-size: 13px; color: var(--muted);
              margin: 4px 0 12px; }
            .legend span { white-space: nowrap; }
            .legend svg { vertical-align: middle; }
            .depth-1 td:nth-child(2) { padding-left: 24px; }
            .depth-2 td:nth-child(2) { padding-left: 44px; }
            .change-same { color: var(--muted); }
            footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line);
              padding-top: 8px; }
            @page { size: A4; margin: 15mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              h3, h4 { break-after: avoid; page-break-after: avoid; }
              table { font-size: 9pt; }
              .charts { display: block; }
              figure.kpi { break-inside: avoid; page-break-inside: avoid; margin-bottom: 8px; }
              figure.kpi svg { max-height: 80mm; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private final Locale locale;
    private final PrintWriter out;

    HtmlPage(Locale locale, PrintWriter out) {
        this.locale = locale;
        this.out = out;
    }

    void open(String title) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + ("ja".equals(locale.getLanguage()) ? "ja" : "en") + "\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + Escape.html(title) + "</title>");
        out.println("<style>");
        out.print(STYLE);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
    }

    void close() {
        out.println("<footer>" + Escape.html(text("report.generatedBy")) + "</footer>");
        out.println("</body>");
        out.println("</html>");
    }

    /** A table head from message keys. */
    void head(String... keys) {
        out.println("<table>");
        StringBuilder row = new StringBuilder("<thead><tr>");
        for (String key : keys) {
            row.append("<th>").append(Escape.html(text(key))).append("</th>");
        }
        out.println(row.append("</tr></thead>"));
        out.println("<tbody>");
    }

    void end() {
        out.println("</tbody>");
        out.println("</table>");
    }

    /** A cell of escaped text, with an optional class. */
    static String cell(String text, String css) {
        return (css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">") + Escape.html(text) + "</td>";
    }

    static String cell(String text) {
        return cell(text, "");
    }

    void diagnostics(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        out.println("<h2>" + Escape.html(text("report.section.inputErrors")) + "</h2>");
        head("report.col.severity", "report.col.file", "report.col.line", "report.col.message");
        for (Diagnostic diagnostic : diagnostics) {
            String severity = diagnostic.isError() ? "error" : "info";
            out.println("<tr>" + "<td class=\"sev " + severity + "\">"
                    + Escape.html(text("severity." + diagnostic.severity())) + "</td>"
                    + cell(diagnostic.position().file(), "nowrap")
                    + cell(diagnostic.position().place(), "num")
                    + cell(diagnostic.message(locale)) + "</tr>");
        }
        end();
    }

    /** The between-period tables of one comparison (DiffView), the KPIs first. */
    void comparison(PeriodComparison comparison, Report report, String heading) {
        DiffView view = new DiffView(locale);
        out.println("<p class=\"muted\">" + Escape.html(KpiLines.title(comparison.previous())) + " → "
                + Escape.html(KpiLines.title(comparison.current())) + "</p>");
        out.println("<" + heading + ">" + Escape.html(text("diff.kpis")) + "</" + heading + ">");
        head("report.col.kpi", "report.col.link", "report.col.previous", "report.col.current",
                "report.col.outcome");
        view.kpis(comparison, report).forEach(row -> out.println("<tr>" + cell(row.name()) + cell(row.link())
                + cell(row.previousFigures()) + cell(row.currentFigures()) + cell(row.outcome()) + "</tr>"));
        end();
        out.println("<" + heading + ">" + Escape.html(text("diff.structure")) + "</" + heading + ">");
        head("report.col.place", "report.col.name", "report.col.change", "report.col.note");
        String same = text("diff.same");
        view.structure(comparison).forEach(row -> out.println("<tr class=\"depth-" + row.depth() + "\">"
                + cell(row.place(), "nowrap") + cell(row.name())
                + cell(row.change(), row.change().equals(same) ? "change-same nowrap" : "nowrap")
                + cell(row.note()) + "</tr>"));
        end();
    }

    // ---- the previous-period review and the two periods' header (own section, issue 12.8)

    /** The previous-period review (前期の検証) of {@code strategy}, if it has one, under a heading of this level. */
    void previousReview(ReportedStrategy strategy, String heading) {
        if (strategy.previousReview().isEmpty()) {
            return;
        }
        out.println("<" + heading + " class=\"previous-review\">" + Escape.html(Messages.format(locale,
                "review.heading", KpiLines.title(strategy.predecessor().orElseThrow()))) + "</" + heading + ">");
        head(PreviousReviewView.HEADERS.toArray(String[]::new));
        for (PreviousReviewView.Row row : new PreviousReviewView(locale).rows(strategy.previousReview())) {
            out.println("<tr class=\"review-row\">" + cell(row.place(), "nowrap") + cell(row.name())
                    + cell(row.baseline()) + cell(row.target()) + cell(row.latest()) + cell(row.kind())
                    + cell(row.rate(), "num") + cell(row.grade()) + cell(row.fate()) + "</tr>");
        }
        end();
        out.println("<p class=\"note\">" + Escape.html(text("report.rateNote")) + "</p>");
    }

    /** Both plan periods and population visions side by side. */
    void overview(PeriodComparison comparison) {
        out.println("<table>");
        out.println("<thead><tr><th></th><th>" + Escape.html(text("report.col.previous")) + "</th><th>"
                + Escape.html(text("report.col.current")) + "</th></tr></thead>");
        out.println("<tbody>");
        new DiffView(locale).overview(comparison).forEach(row -> out.println("<tr>" + cell(row.label(), "nowrap")
                + cell(row.previous()) + cell(row.current()) + "</tr>"));
        end();
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }
}
