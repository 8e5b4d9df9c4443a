package dev.planlint.path;

/**
 * How a target that is not reached falls short: the indicator has moved towards it but not far enough, or it has
 * moved the other way, worse than the baseline (基準値より悪化), which calls for more than a later deadline.
 */
public enum Shortfall {
    NOT_REACHED,
    MOVING_AWAY
}
