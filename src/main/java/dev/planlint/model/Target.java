package dev.planlint.model;

/** The value a KPI is to reach by a time, as a point or as a floor or ceiling. */
public record Target(Quantity value, Bound bound, TimeSpec time, SourcePosition position) {
}
