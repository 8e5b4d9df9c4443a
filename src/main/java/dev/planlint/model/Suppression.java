package dev.planlint.model;

/** A finding of {@code ruleId} on the element it is written under, silenced with the written reason. */
public record Suppression(String ruleId, String reason, SourcePosition position) {
}
