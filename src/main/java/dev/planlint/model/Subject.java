package dev.planlint.model;

/** What a finding is about, and where it was written. */
public record Subject(Kind kind, String name, int goal, String file, int line, int column) {

    public enum Kind {
        STRATEGY,
        GOAL,
        MEASURE,
        SUB_MEASURE,
        KPI,
        VISION
    }
}
