package dev.planlint.render;

import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Markdown tables shared by the report and the diff: rows of escaped cells, the between-period tables, diagnostics. */
final class MarkdownTables {

    private final Locale locale;
    private final PrintWriter out;

    MarkdownTables(Locale locale, PrintWriter out) {
        this.locale = locale;
        this.out = out;
    }

    /** A header row of message keys; {@code alignments} per column: 'l' or 'r'. */
    void header(String alignments, String... keys) {
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < keys.length; i++) {
            head.append(' ').append(Escape.markdown(Messages.text(locale, keys[i]))).append(" |");
            rule.append(alignments.charAt(i) == 'r' ? "---:|" : "---|");
        }
        out.println(head);
        out.println(rule);
    }

    /** A row of texts, each escaped. */
    void row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.isEmpty() ? "" : Escape.markdown(cell)).append(" |");
        }
        out.println(row);
    }

    void diagnostics(List<Diagnostic> diagnostics, String heading) {
        if (diagnostics.isEmpty()) {
            return;
        }
        out.println(heading + " " + Escape.markdown(Messages.text(locale, "report.section.inputErrors")));
        out.println();
        for (Diagnostic diagnostic : diagnostics) {
            out.println("- " + Escape.markdown(diagnostic.position().toString()) + ": **"
                    + Escape.markdown(Messages.text(locale, "severity." + diagnostic.severity())) + "**: "
                    + Escape.markdown(diagnostic.message(locale)));
        }
        out.println();
    }

    /** The between-period tables of one comparison (DiffView), under headings of the given level. */
    void comparison(PeriodComparison comparison, Report report, String heading) {
        DiffView view = new DiffView(locale);
        out.println(heading + " " + Escape.markdown(KpiLines.title(comparison.previous())) + " → "
                + Escape.markdown(KpiLines.title(comparison.current())));
        out.println();
        out.println(heading + "# " + Escape.markdown(Messages.text(locale, "diff.kpis")));
        out.println();
        header("lllll", "report.col.kpi", "report.col.link", "report.col.previous", "report.col.current",
                "report.col.outcome");
        view.kpis(comparison, report).forEach(row -> row(row.name(), row.link(), row.previousFigures(),
                row.currentFigures(), row.outcome()));
        out.println();
        out.println(heading + "# " + Escape.markdown(Messages.text(locale, "diff.structure")));
        out.println();
        header("llll", "report.col.place", "report.col.name", "report.col.change", "report.col.note");
        view.structure(comparison).forEach(row -> row(row.place(), row.name(), row.change(), row.note()));
        out.println();
    }

    // ---- the previous-period review and the two periods' header (own section, issue 12.8)

    /** The previous-period review (前期の検証) of {@code strategy}, if it has one, under a heading of this level. */
    void previousReview(ReportedStrategy strategy, String heading) {
        if (strategy.previousReview().isEmpty()) {
            return;
        }
        out.println(heading + " " + Escape.markdown(Messages.format(locale, "review.heading",
                KpiLines.title(strategy.predecessor().orElseThrow()))));
        out.println();
        header("lllllllll", PreviousReviewView.HEADERS.toArray(String[]::new));
        new PreviousReviewView(locale).rows(strategy.previousReview())
                .forEach(row -> row(row.cells().toArray(String[]::new)));
        out.println();
        out.println(Messages.text(locale, "report.rateNote"));
        out.println();
    }

    /** Both plan periods and population visions side by side. */
    void overview(PeriodComparison comparison) {
        out.println("| | " + Escape.markdown(Messages.text(locale, "report.col.previous")) + " | "
                + Escape.markdown(Messages.text(locale, "report.col.current")) + " |");
        out.println("|---|---|---|");
        new DiffView(locale).overview(comparison).forEach(row -> row(row.label(), row.previous(), row.current()));
        out.println();
    }
}
