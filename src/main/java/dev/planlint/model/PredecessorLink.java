package dev.planlint.model;

/** A KPI's declared link to the previous period's KPI named {@code previousName}. */
public record PredecessorLink(LinkKind kind, String previousName, SourcePosition position) {
}
