package dev.planlint.parser;

import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Japanese era years to Western years, from {@link JapaneseEra} rather than a table of our own. */
final class EraYears {

    /** Each era by its letter and its name, looked up once: display names are slow to ask for every year. */
    private static final Map<String, JapaneseEra> BY_NAME = byName();
    private static final JapaneseEra[] ERAS = JapaneseEra.values();
    /** The Western year in which each era of {@link #ERAS} began. */
    private static final int[] FIRST_YEARS = firstYears();

    private EraYears() {
    }

    /** The era named by a letter (R, H, S, T, M) or a name (令和, 平成, 昭和, 大正, 明治). */
    static Optional<JapaneseEra> era(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, JapaneseEra> byName() {
        Map<String, JapaneseEra> eras = new HashMap<>();
        for (JapaneseEra era : JapaneseEra.values()) {
            eras.putIfAbsent(era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH), era);
            eras.putIfAbsent(era.getDisplayName(TextStyle.FULL, Locale.JAPANESE), era);
        }
        return Map.copyOf(eras);
    }

    static String knownEras() {
        return Arrays.stream(JapaneseEra.values())
                .map(era -> era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + "("
                        + era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH) + ")")
                .collect(Collectors.joining(", "));
    }

    static String japaneseName(JapaneseEra era) {
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    }

    /** The Western year of year {@code yearOfEra} of {@code era}, counting on past the era's end (平成32 is 2020). */
    static int westernYear(JapaneseEra era, int yearOfEra) {
        return FIRST_YEARS[index(era)] + yearOfEra - 1;
    }

    /** The last Western year in which {@code era} was in use, if it has ended. */
    static OptionalInt lastYear(JapaneseEra era) {
        int index = index(era);
        return index == ERAS.length - 1 ? OptionalInt.empty() : OptionalInt.of(FIRST_YEARS[index + 1]);
    }

    /** Eras are numbered from -1 (明治) in order; the values are looked up once, not on every year written. */
    private static int index(JapaneseEra era) {
        return era.getValue() - ERAS[0].getValue();
    }

    private static int[] firstYears() {
        int[] years = new int[ERAS.length];
        for (int i = 0; i < ERAS.length; i++) {
            years[i] = JapaneseChronology.INSTANCE.prolepticYear(ERAS[i], 1);
        }
        return years;
    }

    /** The era in use at the start of {@code westernYear}'s last day, for naming a year that ran past its era. */
    static JapaneseEra eraOf(int westernYear) {
        for (int i = ERAS.length - 1; i >= 0; i--) {
            if (FIRST_YEARS[i] <= westernYear) {
                return ERAS[i];
            }
        }
        return ERAS[0];
    }
}
