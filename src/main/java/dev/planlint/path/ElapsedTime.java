package dev.planlint.path;

import java.math.BigDecimal;

/**
 * National KPI review: the progress share (A − B) / (T − B) against the share of the time from baseline to target
 * that has passed at the latest value. A cumulative target: its sum so far as a share of the whole, against the
 * share of its years that have ended.
 */
final class ElapsedTime implements ProgressScheme {

    @Override
    public Progress measure(KpiPath path) {
        if (path.isCumulative()) {
            if (path.getFinishedTargetYears() == 0 || path.getDirectedCumulativeShare() == null) {
                return Progress.cannotJudge(Scheme.ELAPSED_TIME, Progress.CannotJudge.NO_YEAR_ELAPSED);
            }
            return Progress.measured(Scheme.ELAPSED_TIME, path.getDirectedCumulativeShare(),
                    Ratios.divide(BigDecimal.valueOf(path.getFinishedTargetYears()),
                            BigDecimal.valueOf(path.getTargetYears())));
        }
        if (path.getAchievementRate() == null) {
            return Progress.cannotJudge(Scheme.ELAPSED_TIME, Progress.CannotJudge.NO_CHANGE_REQUIRED);
        }
        if (path.getElapsedShare() == null) {
            return Progress.cannotJudge(Scheme.ELAPSED_TIME, Progress.CannotJudge.NO_YEAR_ELAPSED);
        }
        return Progress.measured(Scheme.ELAPSED_TIME, path.getAchievementRate().movePointLeft(2),
                path.getElapsedShare());
    }
}
