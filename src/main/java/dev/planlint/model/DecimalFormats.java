package dev.planlint.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Figures written by a decimal pattern (always ',' and '.', whatever the machine's locale). Every message and table
 * writes numbers; making a {@link DecimalFormat} for each (parsing its pattern, looking up its symbols) was a tenth
 * of a batch's CPU. A format is not safe to share between threads, and a batch renders on its workers: each thread
 * keeps its own, one per pattern. Every figure is rounded half up, as reports round (四捨五入) and as a spreadsheet's
 * 0.0% shows the same figure.
 */
public final class DecimalFormats {

    private static final ThreadLocal<Map<String, DecimalFormat>> BY_PATTERN = ThreadLocal.withInitial(HashMap::new);

    private DecimalFormats() {
    }

    public static String format(String pattern, BigDecimal value) {
        return BY_PATTERN.get()
                .computeIfAbsent(pattern, DecimalFormats::halfUp).format(value);
    }

    private static DecimalFormat halfUp(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
