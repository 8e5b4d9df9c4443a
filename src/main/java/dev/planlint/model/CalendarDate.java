package dev.planlint.model;

import java.time.LocalDate;

/**
 * The day or month a figure is dated to, as statistics date theirs: {@code R6年4月1日時点} is 1 April 2024 to the day,
 * {@code R6年4月時点} the month of April 2024 (its first day stands for it wherever a day is needed).
 */
public record CalendarDate(LocalDate date, Precision precision) {

    public enum Precision {
        DAY,
        MONTH
    }

    /** The fiscal year (年度, from 1 April) the date falls in, by the year it starts in: 31 March 2025 is in FY2024. */
    public int fiscalYear() {
        return date.getMonthValue() < 4 ? date.getYear() - 1 : date.getYear();
    }
}
