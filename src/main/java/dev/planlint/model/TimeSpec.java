package dev.planlint.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A year or a range of years with its kind: {@code R6年度} is fiscal year 2024, {@code R2～R6年度累計} the sum over
 * fiscal years 2020 to 2024. Years are Western (Gregorian) years; for fiscal years the year in which the fiscal year
 * starts.
 */
public record TimeSpec(YearKind kind, int fromYear, int toYear, Aggregate aggregate, String written) {

    private static final MonthDay FISCAL_YEAR_START = MonthDay.of(4, 1);

    public boolean isRange() {
        return fromYear != toYear;
    }

    /** How many years the spec covers: 5 for R2～R6年度. */
    public int yearCount() {
        return toYear - fromYear + 1;
    }

    /** The first day of the first year covered. */
    public LocalDate startDate() {
        return kind.isFiscal() ? FISCAL_YEAR_START.atYear(fromYear) : LocalDate.of(fromYear, 1, 1);
    }

    /** The last day of the last year covered: 31 March after a fiscal year, 31 December after a calendar year. */
    public LocalDate endDate() {
        return kind.isFiscal() ? LocalDate.of(toYear + 1, 3, 31) : LocalDate.of(toYear, 12, 31);
    }
}
