package dev.planlint.model;

/** An impact level (影響度, 1 to 5) of natural or social population change. */
public record ImpactLevel(ImpactKind kind, int level, SourcePosition position) {
}
