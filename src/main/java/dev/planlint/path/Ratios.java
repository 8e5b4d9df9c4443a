package dev.planlint.path;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of the evaluation methods (../shared/reference/evaluation-methods.md). Values stay exact decimals;
 * only the fractional powers of growth rates go through {@code double}, and their results are rounded to six
 * significant digits so that every figure is reproducible.
 */
public final class Ratios {

    public static final MathContext CONTEXT = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_EVEN);

    private Ratios() {
    }

    /** a / b, or null when b is zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, CONTEXT).round(SHOWN).stripTrailingZeros();
    }

    /** (a − b) / (c − d) × 100, or null when c equals d. */
    public static BigDecimal percentOf(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        BigDecimal ratio = divide(a.subtract(b), c.subtract(d));
        return ratio == null ? null : ratio.movePointRight(2).stripTrailingZeros();
    }

    /**
     * The compound annual growth rate from {@code from} to {@code to} over {@code years}: (to / from)^(1/years) − 1.
     * Null when it is undefined: no years, a zero value, or values of different signs.
     */
    public static BigDecimal compoundAnnualGrowth(BigDecimal from, BigDecimal to, int years) {
        if (years <= 0 || from.signum() == 0 || to.signum() == 0 || from.signum() != to.signum()) {
            return null;
        }
        double ratio = to.divide(from, CONTEXT).doubleValue();
        double growth = Math.pow(ratio, 1.0 / years) - 1.0;
        return new BigDecimal(growth).round(SHOWN).stripTrailingZeros();
    }
}
