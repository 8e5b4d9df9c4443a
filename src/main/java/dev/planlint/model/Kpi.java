package dev.planlint.model;

import java.util.List;
import java.util.Optional;

/**
 * A KPI: a basic goal's numeric target (数値目標), a measure's KPI or an overall target; {@code place} says where it
 * was written, and with it its {@link #level()}. A line with several series (男性79.0歳、女性83.2歳) is one KPI a
 * series, named with its label (健康寿命（男性）), each with its own figures; {@code series} says which.
 */
public record Kpi(
        String name,
        SourcePosition position,
        Place place,
        Observation baseline,
        Target target,
        Direction direction,
        List<Observation> actuals,
        Optional<PredecessorLink> link,
        Optional<String> definition,
        Optional<String> id,
        List<Suppression> suppressions,
        Optional<KpiSeries> series) {

    public Kpi {
        actuals = List.copyOf(actuals);
        suppressions = List.copyOf(suppressions);
    }

    /** A KPI of one series only. */
    public Kpi(String name, SourcePosition position, Place place, Observation baseline, Target target,
               Direction direction, List<Observation> actuals, Optional<PredecessorLink> link,
               Optional<String> definition, Optional<String> id, List<Suppression> suppressions) {
        this(name, position, place, baseline, target, direction, actuals, link, definition, id, suppressions,
                Optional.empty());
    }

    /** The name used to match KPIs: NFKC-normalised, without spaces. */
    public String normalizedName() {
        return Names.normalize(name);
    }

    public KpiLevel level() {
        return KpiLevel.of(place);
    }

    public Kpi withDirection(Direction newDirection) {
        return new Kpi(name, position, place, baseline, target, newDirection, actuals, link, definition, id, suppressions,
                series);
    }

    public Kpi withActuals(List<Observation> newActuals) {
        return new Kpi(name, position, place, baseline, target, direction, newActuals, link, definition, id, suppressions,
                series);
    }
}
