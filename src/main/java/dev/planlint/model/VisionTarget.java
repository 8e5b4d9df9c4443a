package dev.planlint.model;

/** A population-vision target: a value (a fertility rate, a population) to reach by a year. */
public record VisionTarget(TimeSpec time, Quantity value, SourcePosition position) {
}
