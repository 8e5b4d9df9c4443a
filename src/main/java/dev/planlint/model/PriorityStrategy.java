package dev.planlint.model;

/** A priority strategy (重点戦略). */
public record PriorityStrategy(int number, String name, SourcePosition position) {
}
