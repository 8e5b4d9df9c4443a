package dev.planlint.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Figures written by a decimal pattern (always ',' and '.', whatever the machine's locale). Every message and table
 * writes numbers; making a {@link DecimalFormat} for each (parsing its pattern, looking up its symbols) was a tenth
 * of a batch's CPU. A format is not safe to share between threads, and a batch renders on its workers: each thread
 * keeps its own, one per pattern.
 */
public final class DecimalFormats {

    private static final ThreadLocal<Map<String, DecimalFormat>> BY_PATTERN = ThreadLocal.withInitial(HashMap::new);

    private DecimalFormats() {
    }

    public static String format(String pattern, BigDecimal value) {
        return BY_PATTERN.get()
                .computeIfAbsent(pattern, made -> new DecimalFormat(made, DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .format(value);
    }
}
