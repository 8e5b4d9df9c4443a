package dev.planlint.model;

/** Whether a figure is taken at one time, summed over a range of years (累計) or averaged over it (平均). */
public enum Aggregate {
    POINT,
    CUMULATIVE,
    AVERAGE
}
