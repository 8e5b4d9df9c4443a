package dev.planlint.model;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A basic goal (基本目標) with its numeric targets (数値目標) and measures. */
public record BasicGoal(
        int number,
        String name,
        SourcePosition position,
        List<Suppression> suppressions,
        List<Kpi> kpis,
        List<Measure> measures,
        List<DroppedKpi> dropped) {

    public BasicGoal {
        suppressions = List.copyOf(suppressions);
        kpis = List.copyOf(kpis);
        measures = List.copyOf(measures);
        dropped = List.copyOf(dropped);
    }

    /** The goal's numeric targets, then its measures' KPIs, as written. */
    public Stream<Kpi> allKpis() {
        return Stream.concat(kpis.stream(), measures.stream().flatMap(Measure::allKpis));
    }

    /** The KPIs of its measures only. */
    public long measureKpiCount() {
        return measures.stream().flatMap(Measure::allKpis).count();
    }

    public BasicGoal withKpis(UnaryOperator<Kpi> change) {
        return new BasicGoal(number, name, position, suppressions, kpis.stream().map(change).toList(),
                measures.stream().map(measure -> measure.withKpis(change)).toList(), dropped);
    }
}
