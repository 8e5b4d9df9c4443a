package dev.planlint.model;

/** The address of a sub-measure: basic goal number, measure number and sub-measure number (ア is 1). */
public record SubMeasureRef(int goal, int measure, int subMeasure) {
}
