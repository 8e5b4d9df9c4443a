package dev.planlint.model;

import java.util.Optional;

/**
 * A KPI's 現状値: a measured value ({@link Observation}) or none, as cities write it for a new KPI ({@link NoBaseline}:
 * {@code －}, {@code 新規}, {@code なし}). A missing baseline is kept as missing, never as an invented 0.
 */
public sealed interface Baseline permits Observation, NoBaseline {

    SourcePosition position();

    /** The measured baseline; empty where the strategy says there is none. */
    Optional<Observation> measured();

    /** The baseline as the planner wrote it, with its date: {@code 736億円(H30年)}, {@code 新規}, {@code －(R6年度)}. */
    String written();
}
