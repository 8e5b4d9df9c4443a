package dev.planlint.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A year or a range of years with its kind: {@code R6年度} is fiscal year 2024, {@code R2～R6年度累計} the sum over
 * fiscal years 2020 to 2024; or a day or month ({@code R6年4月1日時点}, kind {@link YearKind#DATE}). Years are Western
 * (Gregorian) years; for fiscal years the year in which the fiscal year starts; for a date, its calendar year.
 *
 * @param date the day or month for a {@link YearKind#DATE}; empty for any other kind
 */
public record TimeSpec(YearKind kind, int fromYear, int toYear, Aggregate aggregate, String written,
                       Optional<CalendarDate> date) {

    private static final MonthDay FISCAL_YEAR_START = MonthDay.of(4, 1);

    public TimeSpec(YearKind kind, int fromYear, int toYear, Aggregate aggregate, String written) {
        this(kind, fromYear, toYear, aggregate, written, Optional.empty());
    }

    /** A figure dated to a day or a month. */
    public static TimeSpec on(CalendarDate date, String written) {
        int year = date.date().getYear();
        return new TimeSpec(YearKind.DATE, year, year, Aggregate.POINT, written, Optional.of(date));
    }

    public boolean isRange() {
        return fromYear != toYear;
    }

    /** How many years the spec covers: 5 for R2～R6年度. */
    public int yearCount() {
        return toYear - fromYear + 1;
    }

    /**
     * The first day of the first year covered (the date itself for a date). A year of unspecified kind is placed at
     * its calendar reading, the earlier of the two; the rule year-kind-decides says where the other reading would
     * change a result.
     */
    public LocalDate startDate() {
        if (date.isPresent()) {
            return date.get().date();
        }
        return kind.isFiscal() ? FISCAL_YEAR_START.atYear(fromYear) : LocalDate.of(fromYear, 1, 1);
    }

    /** The last day of the last year covered: 31 March after a fiscal year, 31 December after a calendar year. */
    public LocalDate endDate() {
        if (date.isPresent()) {
            return date.get().date();
        }
        return kind.isFiscal() ? LocalDate.of(toYear + 1, 3, 31) : LocalDate.of(toYear, 12, 31);
    }

    /**
     * The year this time counts for when set beside years of kind {@code like}: a date's fiscal year beside fiscal
     * years (R7.3.31 is in R6年度), its calendar year beside any other; the last year of a year or range.
     */
    public int yearAmong(YearKind like) {
        return date.map(day -> like.isFiscal() ? day.fiscalYear() : day.date().getYear()).orElse(toYear);
    }

    /**
     * The time as the source wrote it, for a Japanese message: with its Western year after an era year
     * (R9年度（2027年度）, R7～R11年度累計（2025～2029年度）), as it is where the source wrote a Western year (2027年度).
     */
    public String writtenWithWesternYear() {
        String suffix = kind == YearKind.DATE ? "年" : kind.japanese().replace("末", "");
        String western = (isRange() ? fromYear + "～" + toYear : String.valueOf(toYear)) + suffix;
        if (written.isBlank()) {
            return western;
        }
        return written.matches(".*\\d{4}.*") ? written : written + "（" + western + "）";
    }

    /** The same time read with {@code reading} where its kind was not written. */
    public TimeSpec readAs(YearKind reading) {
        return kind == YearKind.UNSPECIFIED ? new TimeSpec(reading, fromYear, toYear, aggregate, written, date) : this;
    }
}
