package dev.planlint.model;

import java.util.List;

/** A basic goal (基本目標) with its numeric targets and measures. */
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

    public BasicGoal withKpis(List<Kpi> newKpis) {
        return new BasicGoal(number, name, position, suppressions, newKpis, measures, dropped);
    }
}
