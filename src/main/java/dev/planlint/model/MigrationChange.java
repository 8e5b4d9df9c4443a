package dev.planlint.model;

/** One change of a migration target, such as 転入10%増: what changes, by how much, up or down. */
public record MigrationChange(String label, Quantity change, boolean increase, SourcePosition position) {
}
