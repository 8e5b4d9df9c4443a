package dev.planlint.model;

/** Numbers and markers of goals, measures (①, measure 3) and sub-measures (ア, sub c) as written. */
public final class Numbering {

    private static final String KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";
    private static final int MAX_INT_DIGITS = 9;

    private Numbering() {
    }

    /** The first run of digits in {@code text}, full-width or not; a number too large for an int is its maximum. */
    public static int digitsIn(String text) {
        String digits = Names.nfkc(text).replaceAll("\\D+", " ").trim().split(" ")[0].replaceFirst("^0+(?=\\d)", "");
        return digits.length() > MAX_INT_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** ① … ⑳ are 1 … 20, ㉑ … ㉟ are 21 … 35, ㊱ … ㊿ are 36 … 50; "measure 7:", (7), （７）, 7. and 7) are 7. */
    public static int measureNumber(String marker) {
        int c = marker.codePointAt(0);
        if (c >= 0x2460 && c <= 0x2473) {
            return c - 0x2460 + 1;
        }
        if (c >= 0x3251 && c <= 0x325F) {
            return c - 0x3251 + 21;
        }
        if (c >= 0x32B1 && c <= 0x32BF) {
            return c - 0x32B1 + 36;
        }
        return digitsIn(marker);
    }

    /**
     * Whether a measure's mark written under the measure marked {@code parent} (in the same goal) makes it that
     * measure's sub-measure: cities number the sub-measures of a measure numbered (1), 1. or 1) ①, ②.
     */
    public static boolean circledUnderNumbered(String mark, String parent) {
        return isCircled(mark) && !parent.isEmpty() && !isCircled(parent) && !parent.startsWith("measure");
    }

    private static boolean isCircled(String mark) {
        int c = mark.isEmpty() ? 0 : mark.codePointAt(0);
        return c >= 0x2460 && c <= 0x2473 || c >= 0x3251 && c <= 0x325F || c >= 0x32B1 && c <= 0x32BF;
    }

    /** ア and (ア) are 1, イ 2, …; "sub c:", c and (c) are 3. */
    public static int subMeasureNumber(String marker) {
        String mark = Names.nfkc(marker).replaceFirst("^(sub\\s+|\\(\\s*)", "");
        int kana = KANA.indexOf(mark.charAt(0));
        if (kana >= 0) {
            return kana + 1;
        }
        return mark.charAt(0) - 'a' + 1;
    }

    public static String subMeasureMarker(int number) {
        return number >= 1 && number <= KANA.length() ? KANA.substring(number - 1, number) : "(" + number + ")";
    }

    /** ① … ㊿ for 1 … 50; a number without a circled form, such as "measure 51:", is written (51). */
    public static String measureMarker(int number) {
        if (number >= 1 && number <= 20) {
            return Character.toString(0x2460 + number - 1);
        }
        if (number >= 21 && number <= 35) {
            return Character.toString(0x3251 + number - 21);
        }
        if (number >= 36 && number <= 50) {
            return Character.toString(0x32B1 + number - 36);
        }
        return "(" + number + ")";
    }
}
