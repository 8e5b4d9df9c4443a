package dev.planlint.render;

import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.diagnostic.Messages;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code planlint diff --format html}: the between-period tables of DiffView as one self-contained page. */
public final class DiffHtmlRenderer implements TextRenderer {

    private final Locale locale;

    public DiffHtmlRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        HtmlPage page = new HtmlPage(locale, out);
        String title = Messages.text(locale, "report.section.periods");
        page.open(title);
        out.println("<h1>" + Escape.html(title) + "</h1>");
        out.println("<p class=\"as-of\">" + Escape.html(Messages.format(locale, "report.asOf",
                report.asOf().toString())) + "</p>");
        page.diagnostics(report.diagnostics());
        for (PeriodComparison comparison : report.comparisons()) {
            out.println("<h2>" + Escape.html(KpiLines.title(comparison.previous()) + " → "
                    + KpiLines.title(comparison.current())) + "</h2>");
            page.overview(comparison);
            page.comparison(comparison, report, "h3");
            DiffView.reviewed(report, comparison).ifPresent(strategy -> page.previousReview(strategy, "h3"));
        }
        page.close();
    }
}
