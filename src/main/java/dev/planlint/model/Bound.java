package dev.planlint.model;

/** A target written as a point, a floor (以上) or a ceiling (以下). */
public enum Bound {
    POINT,
    AT_LEAST,
    AT_MOST
}
