package dev.planlint.path;

/**
 * What reaching a KPI's target means, in words a reader of its path can check: the level reached (in the KPI's
 * direction), a floor or ceiling kept, a value past the baseline for a direction only (増加, 減少), or nothing that
 * can be said (a target that implies no level).
 */
public enum AchievedWhen {
    /** The latest value at or past the target level, in the direction of improvement (or equal, without one). */
    LEVEL_REACHED,
    /** The latest value at or above the target level: a floor (以上), 現状値以上, 現状維持 where more is better. */
    AT_OR_ABOVE,
    /** The latest value at or below the target level: a ceiling (以下), 現状維持 where less is better. */
    AT_OR_BELOW,
    /** The latest value above the baseline: 増加. */
    ABOVE_BASELINE,
    /** The latest value below the baseline: 減少. */
    BELOW_BASELINE,
    /** No level to reach: no baseline for a relative target, or a % change of a KPI in %. */
    NOT_DEFINED
}
