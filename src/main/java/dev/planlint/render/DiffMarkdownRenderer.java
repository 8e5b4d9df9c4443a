package dev.planlint.render;

import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.diagnostic.Messages;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code planlint diff --format markdown}: the between-period tables of DiffView in Markdown. */
public final class DiffMarkdownRenderer implements TextRenderer {

    private final Locale locale;

    public DiffMarkdownRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        MarkdownTables tables = new MarkdownTables(locale, out);
        out.println("# " + Messages.text(locale, "report.section.periods"));
        out.println();
        tables.diagnostics(report.diagnostics(), "##");
        for (PeriodComparison comparison : report.comparisons()) {
            tables.overview(comparison);
            tables.comparison(comparison, report, "##");
            DiffView.reviewed(report, comparison).ifPresent(strategy -> tables.previousReview(strategy, "##"));
        }
    }
}
