package dev.planlint.model;

/** How a KPI relates to a KPI of the previous period. */
public enum LinkKind {
    /** The same indicator, measured the same way (継続). */
    CONTINUES,
    /** A new indicator for the same concern (置換). */
    REPLACES
}
