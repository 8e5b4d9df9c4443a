package dev.planlint.model;

import java.math.BigDecimal;

/**
 * A figure as written: {@code 153万人} is amount 153, multiplier exponent 4 and unit 人, so that its base value is
 * exactly 1,530,000 人. Amounts are decimals, never binary floating point.
 *
 * @param amount             the number before the unit, scaled to the largest multiplier written (13万8千 is 13.8 万)
 * @param multiplierExponent the power of ten of the multiplier (千 3, 万 4, 億 8, 兆 12; 0 for none)
 * @param unit               the unit without its multiplier, NFKC-normalised (㌧ is トン); empty when none
 * @param written            the figure as the planner wrote it
 * @param approximate        written as an approximate figure: {@code 約20万人}, {@code 20万人程度}
 */
public record Quantity(BigDecimal amount, int multiplierExponent, String unit, String written, boolean approximate) {

    public Quantity(BigDecimal amount, int multiplierExponent, String unit, String written) {
        this(amount, multiplierExponent, unit, written, false);
    }

    public BigDecimal baseValue() {
        return amount.scaleByPowerOfTen(multiplierExponent).stripTrailingZeros();
    }

    /** The unit with its multiplier, as it reads: 万人, 億円, %. */
    public String unitAsWritten() {
        return multiplierName() + unit;
    }

    private String multiplierName() {
        return switch (multiplierExponent) {
            case 3 -> "千";
            case 4 -> "万";
            case 8 -> "億";
            case 12 -> "兆";
            default -> "";
        };
    }
}
