package dev.planlint.model;

import java.util.Optional;

/**
 * A population-vision target: a value (a fertility rate, a population) to reach by a year, with the label a city
 * may write between the year and the figure ({@code 令和22(2040)年の総人口13万人}: 総人口).
 */
public record VisionTarget(TimeSpec time, Quantity value, SourcePosition position, Optional<String> label) {
}
