package dev.planlint.model;

/** A header value together with the place it was written. */
public record Located<T>(T value, SourcePosition position) {
}
