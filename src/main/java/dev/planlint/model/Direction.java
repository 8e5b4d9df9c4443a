package dev.planlint.model;

/** Which way a KPI improves. Declared by the planner, never guessed from the name. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    WITHIN_BOUND,
    UNDECLARED
}
