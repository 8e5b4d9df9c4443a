package dev.planlint.model;

/**
 * How a year is counted: calendar year (年) or fiscal year (年度, 1 April to 31 March), and whether at its end; a
 * figure dated to a day or month (時点); or a year written without its kind ({@code H26}, {@code 2019}) that no
 * {@code 年次の扱い} line decides, which planlint never guesses.
 */
public enum YearKind {
    CALENDAR_YEAR("年"),
    CALENDAR_YEAR_END("年末"),
    FISCAL_YEAR("年度"),
    FISCAL_YEAR_END("年度末"),
    DATE("時点"),
    UNSPECIFIED("");

    private final String japanese;

    YearKind(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    public boolean isFiscal() {
        return this == FISCAL_YEAR || this == FISCAL_YEAR_END;
    }
}
