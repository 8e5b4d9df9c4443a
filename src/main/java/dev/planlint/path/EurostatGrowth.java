package dev.planlint.path;

import java.math.BigDecimal;

/**
 * Eurostat SDG monitoring: R = actual compound annual growth / required compound annual growth,
 * ((A / B)^(1 / (t − tB)) − 1) / ((T / B)^(1 / (tT − tB)) − 1). It needs two points in time and values of one sign,
 * and has no figure for a sum over years; where it cannot judge, the first condition that fails is the reason.
 */
final class EurostatGrowth implements ProgressScheme {

    @Override
    public Progress measure(KpiPath path) {
        if (path.isCumulative()) {
            return Progress.cannotJudge(Scheme.EUROSTAT_GROWTH, Progress.CannotJudge.CUMULATIVE_TARGET);
        }
        BigDecimal baseline = path.getBaselineLevel();
        BigDecimal target = path.getTargetLevel();
        BigDecimal actual = path.getLatest();
        if (path.getLatestYear() <= path.getBaselineYear()) {
            return Progress.cannotJudge(Scheme.EUROSTAT_GROWTH, Progress.CannotJudge.TOO_FEW_POINTS);
        }
        if (baseline.signum() == 0) {
            return Progress.cannotJudge(Scheme.EUROSTAT_GROWTH, Progress.CannotJudge.ZERO_BASELINE);
        }
        if (baseline.signum() != target.signum() || baseline.signum() != actual.signum()) {
            return Progress.cannotJudge(Scheme.EUROSTAT_GROWTH, Progress.CannotJudge.MIXED_SIGNS);
        }
        if (target.compareTo(baseline) == 0) {
            return Progress.cannotJudge(Scheme.EUROSTAT_GROWTH, Progress.CannotJudge.NO_CHANGE_REQUIRED);
        }
        if (path.getRequiredAnnualGrowth() == null) {
            return Progress.cannotJudge(Scheme.EUROSTAT_GROWTH, Progress.CannotJudge.TOO_FEW_POINTS);
        }
        BigDecimal achieved = Ratios.compoundAnnualGrowth(baseline, actual, path.getLatestYear() - path.getBaselineYear());
        return Progress.measured(Scheme.EUROSTAT_GROWTH, Ratios.divide(achieved, path.getRequiredAnnualGrowth()));
    }
}
