package dev.planlint.path;

import java.math.BigDecimal;

/**
 * Tama City: progress against the pro-rata expectation for the years passed, (A − B)(tT − tB) / ((T − B)(t − tB)),
 * computed from the exact differences rather than from two rounded shares. A cumulative target: its directed pace.
 */
final class TamaProRata implements ProgressScheme {

    @Override
    public Progress measure(KpiPath path) {
        if (path.isCumulative()) {
            return path.getDirectedPace() == null
                    ? Progress.cannotJudge(Scheme.TAMA_PRO_RATA, Progress.CannotJudge.NO_YEAR_ELAPSED)
                    : Progress.measured(Scheme.TAMA_PRO_RATA, path.getDirectedPace());
        }
        if (path.getAchievementRate() == null) {
            return Progress.cannotJudge(Scheme.TAMA_PRO_RATA, Progress.CannotJudge.NO_CHANGE_REQUIRED);
        }
        int elapsed = path.getLatestYear() - path.getBaselineYear();
        if (elapsed <= 0 || path.getYearsToTarget() <= 0) {
            return Progress.cannotJudge(Scheme.TAMA_PRO_RATA, Progress.CannotJudge.NO_YEAR_ELAPSED);
        }
        BigDecimal ratio = Ratios.divide(
                path.getLatest().subtract(path.getBaselineLevel()).multiply(BigDecimal.valueOf(path.getYearsToTarget())),
                path.getTargetLevel().subtract(path.getBaselineLevel()).multiply(BigDecimal.valueOf(elapsed)));
        return Progress.measured(Scheme.TAMA_PRO_RATA, ratio);
    }
}
