package dev.planlint.render;

import dev.planlint.model.Bound;
import dev.planlint.model.DecimalFormats;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import dev.planlint.model.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Figures as the report shows them: as the planner wrote them, and computed numbers independent of the locale. */
final class Figures {

    private Figures() {
    }

    static String observation(Observation observation) {
        return observation.written();
    }

    /** The target as written: {@code 15社(R11年度)}, {@code 4.0%減少(R11年度)}, {@code 現状値以上(R11年度)}. */
    static String target(Target target) {
        return target.writtenFigure() + "(" + target.time().written() + ")";
    }

    /**
     * The figure whose multiplier and unit a KPI's numbers are shown in: its target level, else its baseline (for a
     * target written as a change, 4.0%減少 of 153万人 is shown in 万人); empty for neither.
     */
    static Optional<Quantity> scale(Kpi kpi) {
        return kpi.target().level().or(() -> kpi.measuredBaseline().map(Observation::value));
    }

    static int exponent(Kpi kpi) {
        return scale(kpi).map(Quantity::multiplierExponent).orElse(0);
    }

    static String unitAsWritten(Kpi kpi) {
        return scale(kpi).map(Quantity::unitAsWritten).orElse("");
    }

    static String bound(Bound bound) {
        return switch (bound) {
            case POINT -> "";
            case AT_LEAST -> "以上";
            case AT_MOST -> "以下";
        };
    }

    /** The baseline as written, also where there is none: {@code 153万人(H30年度)}, {@code 新規}, {@code －(R6年度)}. */
    static String baseline(Kpi kpi) {
        return kpi.baseline().written();
    }

    /** A computed number with at most {@code decimals} decimals, no grouping, '.' as the decimal point. */
    static String number(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /**
     * A figure that is already a percentage, to one decimal as finding messages write it (62.4625 is 62.5%), so that
     * a table and a message about the same KPI show the same rate.
     */
    static String percent(BigDecimal value) {
        return DecimalFormats.format("#,##0.0", value) + "%";
    }

    /** Like {@link #number} with thousands separators (always ','), for axis labels. */
    static String grouped(BigDecimal value, int decimals) {
        String plain = number(value, decimals);
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }
}
