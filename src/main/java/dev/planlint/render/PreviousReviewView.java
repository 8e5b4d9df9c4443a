package dev.planlint.render;

import dev.planlint.check.Grading;
import dev.planlint.check.PreviousKpiReview;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Names;
import dev.planlint.path.ValueKind;

import java.util.List;
import java.util.Locale;

/**
 * The previous-period review (前期の検証) in words, one row a previous KPI: its figures as the report model holds
 * them, the rate to one decimal, the grade and what became of it in the language of the report. Shared by the text,
 * Markdown, HTML, xlsx and diff renderers, so that every format reads the same.
 */
final class PreviousReviewView {

    /** The columns of a review table, as message keys, in the order of {@link Row#cells()}. */
    static final List<String> HEADERS = List.of("report.col.place", "report.col.kpi", "report.col.baseline",
            "report.col.target", "report.col.latest", "review.col.kind", "report.col.rate", "report.col.status",
            "review.col.fate");

    record Row(PreviousKpiReview review, String place, String name, String baseline, String target, String latest,
               String kind, String rate, String grade, String fate) {

        List<String> cells() {
            return List.of(place, name, baseline, target, latest, kind, rate, grade, fate);
        }
    }

    private final Locale locale;

    PreviousReviewView(Locale locale) {
        this.locale = locale;
    }

    List<Row> rows(List<PreviousKpiReview> review) {
        return review.stream().map(this::row).toList();
    }

    Row row(PreviousKpiReview review) {
        String place = review.level() == KpiLevel.OVERALL ? text("report.overall") : review.place().written();
        String latest = review.latest().map(Figures::observation).orElse("—");
        String kind = review.latestKind().map(value -> value == ValueKind.FINAL ? text("review.kind.FINAL")
                : Messages.format(locale, "review.kind.INTERIM", review.latest().orElseThrow().time().written()))
                .orElse(text("review.noValue"));
        String rate = review.achievementRate().map(Figures::percent).orElse("—");
        return new Row(review, place, review.name(), Figures.baseline(review.kpi()),
                Figures.target(review.kpi().target()), latest, kind, rate, grade(review), fate(review));
    }

    /** The grade in words (達成, 要改善 …); 評価不能 with its reason where the scheme cannot grade; else 評価なし. */
    String grade(PreviousKpiReview review) {
        return review.grade().map(Grading::grade)
                .map(grade -> Messages.words(locale, grade).orElse(grade.toString()))
                .or(() -> review.notJudgeable().map(reason -> Messages.format(locale, "report.notJudgeable",
                        Messages.words(locale, reason).orElse(reason.id()))))
                .orElse(text("report.track.NO_DATA"));
    }

    String fate(PreviousKpiReview review) {
        return switch (review.fate()) {
            case CONTINUED -> review.successors().stream()
                    .filter(name -> !Names.normalize(name).equals(review.kpi().normalizedName())).findFirst()
                    .map(name -> Messages.format(locale, "review.fate.RENAMED", quoted(name)))
                    .orElse(text("review.fate.CONTINUED"));
            case REPLACED, SPLIT -> Messages.format(locale, "review.fate." + review.fate().name(),
                    names(review.successors()));
            case MERGED -> Messages.format(locale, "review.fate.MERGED", names(review.successors()),
                    names(review.mergedWith()));
            case DROPPED -> Messages.format(locale, "review.fate.DROPPED", review.dropReason().orElse(""));
            case UNACCOUNTED -> text("review.fate.UNACCOUNTED");
        };
    }

    /** One line of the text report. */
    String line(Row row) {
        String value = row.review().latestKind()
                .map(kind -> Messages.words(locale, kind).orElse(kind.name()) + " " + row.latest())
                .orElse(text("review.noValue"));
        return Messages.format(locale, "review.line", row.place(), row.name(), row.baseline(), row.target(),
                value, row.rate(), row.grade(), row.fate());
    }

    private String names(List<String> names) {
        return String.join(text("review.names.separator"), names.stream().map(this::quoted).toList());
    }

    /** A KPI's name inside a Japanese sentence is quoted 「…」; an English one is not. */
    private String quoted(String name) {
        return locale.getLanguage().equals("ja") ? "「" + name + "」" : name;
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }
}
