package dev.planlint.path;

/**
 * 達成率: AR = (A − B) / (T − B) × 100 for a level target; for a cumulative target, the sum so far against the
 * pro-rata sum for the years ended (its directed pace) × 100.
 */
final class AchievementRate implements ProgressScheme {

    @Override
    public Progress measure(KpiPath path) {
        if (path.isCumulative()) {
            return path.getDirectedPace() == null
                    ? Progress.cannotJudge(Scheme.ACHIEVEMENT_RATE, Progress.CannotJudge.NO_YEAR_ELAPSED)
                    : Progress.measured(Scheme.ACHIEVEMENT_RATE, path.getDirectedPace().movePointRight(2));
        }
        if (path.getAchievementRate() == null) {
            return Progress.cannotJudge(Scheme.ACHIEVEMENT_RATE, Progress.CannotJudge.NO_CHANGE_REQUIRED);
        }
        return Progress.measured(Scheme.ACHIEVEMENT_RATE, path.getAchievementRate());
    }
}
