package dev.planlint.model;

/**
 * What a finding is about, and where it was written: the file position, and the place in the diagram (for a KPI,
 * which goal, measure or sub-measure it stands under; {@link Place#OVERALL} for an overall target).
 */
public record Subject(Kind kind, String name, int goal, String file, int line, int column, Place place) {

    /** A subject placed at its goal (or above the goals, for goal 0). */
    public Subject(Kind kind, String name, int goal, String file, int line, int column) {
        this(kind, name, goal, file, line, column, Place.ofGoal(goal));
    }

    public enum Kind {
        STRATEGY,
        GOAL,
        MEASURE,
        SUB_MEASURE,
        KPI,
        VISION
    }
}
