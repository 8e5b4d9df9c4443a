package dev.planlint.check;

import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Observation;
import dev.planlint.model.Place;
import dev.planlint.path.KpiPath;
import dev.planlint.path.Progress;
import dev.planlint.path.ValueKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One row of the previous-period review (前期の検証): a KPI of the previous strategy with the path its outcome was
 * judged on (every value known of the indicator, the successor's included), the grade the scheme's rules gave that
 * path, and what became of the KPI in the new strategy. Every figure is the path's; renderers only word it.
 *
 * @param successors   the new KPIs it became (one for continued, replaced and merged, several for split)
 * @param mergedWith   for a merged KPI, the other previous KPIs the same new KPI replaces
 * @param dropReason   the reason written on its 廃止指標 line, for a dropped KPI
 */
public record PreviousKpiReview(Kpi kpi, KpiPath path, Progress progress, Optional<Grading> grade, Fate fate,
                                List<String> successors, List<String> mergedWith, Optional<String> dropReason) {

    /** What became of a previous KPI. */
    public enum Fate {
        /** Followed by one KPI (under its name or another, 前期指標：継続). */
        CONTINUED,
        /** Replaced by one new KPI that replaces it alone. */
        REPLACED,
        /** Replaced by several new KPIs. */
        SPLIT,
        /** Replaced, with other previous KPIs, by one new KPI. */
        MERGED,
        /** Dropped with a reason (廃止指標). */
        DROPPED,
        /** Neither followed nor dropped. */
        UNACCOUNTED
    }

    public PreviousKpiReview {
        successors = List.copyOf(successors);
        mergedWith = List.copyOf(mergedWith);
    }

    public String name() {
        return kpi.name();
    }

    public KpiLevel level() {
        return kpi.level();
    }

    public Place place() {
        return kpi.place();
    }

    /** The newest value known of the indicator, as the rules judged the old target on it. */
    public Optional<Observation> latest() {
        return path.latestObservation();
    }

    /** Whether the latest value is the final one (its target year or later) or an interim one; empty without one. */
    public Optional<ValueKind> latestKind() {
        return Optional.ofNullable(path.getLatestKind());
    }

    /** The year of the latest value as the path counts it; 0 without one. */
    public int latestYear() {
        return path.getLatestYear();
    }

    /** 達成率 as the path works it out (exact; reports round it); empty where it cannot be had. */
    public Optional<BigDecimal> achievementRate() {
        return Optional.ofNullable(path.getReportedAchievementRate());
    }

    /** Why the scheme cannot grade the old target (評価不能), where it cannot. */
    public Optional<Progress.CannotJudge> notJudgeable() {
        return grade.isPresent() || progress == null ? Optional.empty() : Optional.ofNullable(progress.getCannotJudge());
    }
}
