package dev.planlint.model;

import java.util.Optional;

/**
 * The value a KPI is to reach by a time, as a point or as a floor or ceiling; its figure is a level, a change against
 * the baseline, the baseline itself or a direction ({@link TargetFigure}).
 */
public record Target(TargetFigure figure, Bound bound, TimeSpec time, SourcePosition position) {

    public Target(Quantity value, Bound bound, TimeSpec time, SourcePosition position) {
        this(new TargetFigure.Level(value), bound, time, position);
    }

    /** The level written, for a target written as a level; empty for a change, the baseline or a direction. */
    public Optional<Quantity> level() {
        return figure instanceof TargetFigure.Level level ? Optional.of(level.value()) : Optional.empty();
    }

    /** The figure as written, with 以上 / 以下: {@code 15社}, {@code 4.0%減少}, {@code 現状値以上}. */
    public String writtenFigure() {
        return figure.written() + switch (bound) {
            case POINT -> "";
            case AT_LEAST -> "以上";
            case AT_MOST -> "以下";
        };
    }
}
