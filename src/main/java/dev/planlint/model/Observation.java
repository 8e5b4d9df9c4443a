package dev.planlint.model;

/** A measured value at a time: a baseline (現状値) or an actual (実績). */
public record Observation(Quantity value, TimeSpec time, SourcePosition position) {
}
