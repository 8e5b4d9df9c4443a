package dev.planlint.check;

import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Observation;
import dev.planlint.model.Place;
import dev.planlint.model.Subject;
import dev.planlint.path.KpiPath;
import dev.planlint.path.Progress;

import java.util.Optional;

/**
 * A KPI as the report shows it: the path the rules judged (its latest value, its rate), its progress under the scheme
 * in use (with the reason where the scheme cannot judge it) and the grade the rules gave it, so that every format
 * shows the same figures.
 */
public record ReportedKpi(Subject subject, Kpi kpi, KpiPath path, Progress progress, Optional<Grading> grade) {

    /** A goal's 数値目標, a measure's KPI or an overall target. */
    public KpiLevel level() {
        return kpi.level();
    }

    /** Where the KPI stands: its goal, and its measure and sub-measure for a measure's KPI. */
    public Place place() {
        return kpi.place();
    }

    /** Why the scheme in use cannot grade the KPI (評価不能), where it cannot. */
    public Optional<Progress.CannotJudge> notJudgeable() {
        return grade.isPresent() || progress == null ? Optional.empty() : Optional.ofNullable(progress.getCannotJudge());
    }

    /**
     * 達成率 as every format shows it (a level target's (A − B)/(T − B) × 100, a cumulative target's share of its
     * total so far), exact; empty where the path has none.
     */
    public Optional<java.math.BigDecimal> achievementRate() {
        return path == null ? Optional.empty() : Optional.ofNullable(path.getReportedAchievementRate());
    }

    /** The latest value the rules judged. */
    public Optional<Observation> latest() {
        return path.latestObservation();
    }
}
