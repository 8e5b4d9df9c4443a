package dev.planlint.path;

import java.math.BigDecimal;

/**
 * Nagayo Town: the change of the latest value from the baseline as a share of the baseline, counted in the declared
 * direction so that a positive figure is an improvement: s × (A − B) / B. A cumulative target: the yearly average of
 * its sum so far in place of A.
 */
final class NagayoBaseline implements ProgressScheme {

    @Override
    public Progress measure(KpiPath path) {
        if (path.getImprovementSign() == 0) {
            return Progress.cannotJudge(Scheme.NAGAYO_BASELINE, Progress.CannotJudge.DIRECTION_UNDECLARED);
        }
        if (!path.isBaselineKnown()) {
            return Progress.cannotJudge(Scheme.NAGAYO_BASELINE, Progress.CannotJudge.NO_BASELINE);
        }
        if (path.getBaselineLevel().signum() == 0) {
            return Progress.cannotJudge(Scheme.NAGAYO_BASELINE, Progress.CannotJudge.ZERO_BASELINE);
        }
        BigDecimal level = path.isCumulative() ? path.getCumulativeYearlyAverage() : path.getLatest();
        if (level == null) {
            return Progress.cannotJudge(Scheme.NAGAYO_BASELINE, Progress.CannotJudge.NO_YEAR_ELAPSED);
        }
        BigDecimal change = Ratios.divide(level.subtract(path.getBaselineLevel()), path.getBaselineLevel());
        return Progress.measured(Scheme.NAGAYO_BASELINE,
                path.getImprovementSign() < 0 ? change.negate() : change);
    }
}
