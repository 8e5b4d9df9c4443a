package dev.planlint.path;

import dev.planlint.model.Observation;

/**
 * A calendar-year value and a fiscal-year value of one KPI written for the same year and unit (700人(R6年) and
 * 690人(R6年度)): two periods that overlap for nine months, so which is the newer is decided by their ends, and a
 * reader may take them for one figure twice. The fiscal one always ends later (31 March of the next year).
 *
 * @param calendar the value for the calendar year (年, 年末)
 * @param fiscal   the value for the fiscal year (年度, 年度末) that starts in the same year
 * @param latest   the fiscal value is the KPI's one latest value ({@link KpiPath#latestObservation()})
 */
public record YearKindPair(Observation calendar, Observation fiscal, boolean latest) {

    /** The Western year both are written for. */
    public int year() {
        return calendar.time().toYear();
    }
}
