package dev.planlint.render;

import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.Strategy;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code planlint diff} in the terminal: the structure of the new period with every change marked, then the KPIs. */
public final class DiffTextRenderer implements TextRenderer {

    private final Locale locale;

    public DiffTextRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        new DiagnosticPrinter(locale, report.sources()).print(report.diagnostics(), out);
        DiffView view = new DiffView(locale);
        for (PeriodComparison comparison : report.comparisons()) {
            out.println(title(comparison.previous()) + "  →  " + title(comparison.current()));
            out.println();
            overview(view, comparison, out);
            out.println("## " + Messages.text(locale, "diff.structure"));
            view.structure(comparison).forEach(row -> out.println("  ".repeat(row.depth()) + row.place() + " "
                    + row.name() + "  [" + row.change() + (row.note().isEmpty() ? "" : ": " + row.note()) + "]"));
            out.println();
            out.println("## " + Messages.text(locale, "diff.kpis"));
            view.kpis(comparison, report).forEach(row -> {
                out.println("・" + row.name() + "  [" + row.link() + "]");
                out.println("    " + Messages.text(locale, "diff.previous") + ": " + row.previousFigures());
                out.println("    " + Messages.text(locale, "diff.current") + ": " + row.currentFigures());
                if (!row.outcome().isEmpty()) {
                    out.println("    " + row.outcome());
                }
            });
            DiffView.reviewed(report, comparison).ifPresent(strategy -> previousReview(strategy, out));
        }
    }

    // ---- both periods side by side and the previous-period review (own section, issue 12.8)

    private void overview(DiffView view, PeriodComparison comparison, PrintWriter out) {
        view.overview(comparison).forEach(row -> {
            out.println(row.label());
            out.println("    " + Messages.text(locale, "diff.previous") + ": " + row.previous());
            out.println("    " + Messages.text(locale, "diff.current") + ": " + row.current());
        });
        out.println();
    }

    private void previousReview(ReportedStrategy strategy, PrintWriter out) {
        if (strategy.previousReview().isEmpty()) {
            return;
        }
        PreviousReviewView review = new PreviousReviewView(locale);
        out.println();
        out.println("## " + Messages.format(locale, "review.heading",
                title(strategy.predecessor().orElseThrow())));
        review.rows(strategy.previousReview()).forEach(row -> out.println("・" + review.line(row)));
    }

    private static String title(Strategy strategy) {
        return ReportedStrategy.title(strategy);
    }
}
