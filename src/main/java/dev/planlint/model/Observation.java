package dev.planlint.model;

import java.util.Optional;

/**
 * A measured value at a time: a baseline (現状値) or an actual (実績). An actual written on a line marked {@code 増減：}
 * is a change against the level before it ({@code increment}); the KPI's path turns it into a level.
 */
public record Observation(Quantity value, TimeSpec time, SourcePosition position, boolean increment)
        implements Baseline {

    public Observation(Quantity value, TimeSpec time, SourcePosition position) {
        this(value, time, position, false);
    }

    @Override
    public Optional<Observation> measured() {
        return Optional.of(this);
    }

    @Override
    public String written() {
        return value.written() + "(" + time.written() + ")";
    }

    /** This value read as a level: the same figure, time and place, no longer an increment. */
    public Observation asLevel(Quantity level) {
        return new Observation(level, time, position, false);
    }
}
