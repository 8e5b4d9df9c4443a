package dev.planlint.render;

import dev.planlint.model.Bound;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.model.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as the report shows them: as the planner wrote them, and computed numbers independent of the locale. */
final class Figures {

    private Figures() {
    }

    static String observation(Observation observation) {
        return observation.value().written() + "(" + observation.time().written() + ")";
    }

    static String target(Target target) {
        return target.value().written() + bound(target.bound()) + "(" + target.time().written() + ")";
    }

    static String bound(Bound bound) {
        return switch (bound) {
            case POINT -> "";
            case AT_LEAST -> "以上";
            case AT_MOST -> "以下";
        };
    }

    static String baseline(Kpi kpi) {
        return observation(kpi.baseline());
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
        return new java.text.DecimalFormat("#,##0.0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(value) + "%";
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
