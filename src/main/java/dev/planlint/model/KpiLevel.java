package dev.planlint.model;

/**
 * Where a KPI stands in a strategy: an overall target above the goals (全体目標指標), a basic goal's numeric target
 * (数値目標), or a KPI of a measure or sub-measure (重要業績評価指標). Every rule applies at every level.
 */
public enum KpiLevel {
    OVERALL,
    GOAL,
    MEASURE;

    /** The level of a KPI written at {@code place}: goal 0 is above the goals, measure 0 is the goal itself. */
    public static KpiLevel of(Place place) {
        if (place.goal() == 0) {
            return OVERALL;
        }
        return place.measure() == 0 ? GOAL : MEASURE;
    }
}
