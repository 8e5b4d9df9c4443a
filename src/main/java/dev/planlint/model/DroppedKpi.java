package dev.planlint.model;

/** A previous-period KPI that this strategy no longer carries, with the reason it was dropped. */
public record DroppedKpi(String name, String reason, SourcePosition position) {
}
