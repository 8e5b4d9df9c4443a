package dev.planlint.model;

import java.util.List;
import java.util.Optional;

/** A numeric target (数値目標) of a basic goal. */
public record Kpi(
        String name,
        SourcePosition position,
        Observation baseline,
        Target target,
        Direction direction,
        List<Observation> actuals,
        Optional<PredecessorLink> link,
        Optional<String> definition,
        Optional<String> id,
        List<Suppression> suppressions) {

    public Kpi {
        actuals = List.copyOf(actuals);
        suppressions = List.copyOf(suppressions);
    }

    /** The name used to match KPIs: NFKC-normalised, without spaces. */
    public String normalizedName() {
        return Names.normalize(name);
    }

    public Kpi withDirection(Direction newDirection) {
        return new Kpi(name, position, baseline, target, newDirection, actuals, link, definition, id, suppressions);
    }

    public Kpi withActuals(List<Observation> newActuals) {
        return new Kpi(name, position, baseline, target, direction, newActuals, link, definition, id, suppressions);
    }
}
