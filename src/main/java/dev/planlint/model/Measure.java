package dev.planlint.model;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A measure (具体的な施策 ①, ②, …) of a basic goal, with its own KPIs (重要業績評価指標) and sub-measures. */
public record Measure(int number, String name, SourcePosition position, List<Kpi> kpis,
                      List<SubMeasure> subMeasures) {

    public Measure {
        kpis = List.copyOf(kpis);
        subMeasures = List.copyOf(subMeasures);
    }

    /** The measure's KPIs, then those of its sub-measures, as written. */
    public Stream<Kpi> allKpis() {
        return Stream.concat(kpis.stream(), subMeasures.stream().flatMap(sub -> sub.kpis().stream()));
    }

    public Measure withKpis(UnaryOperator<Kpi> change) {
        return new Measure(number, name, position, kpis.stream().map(change).toList(),
                subMeasures.stream().map(sub -> sub.withKpis(change)).toList());
    }

    /** The same measure with {@code subMeasure} after its sub-measures. */
    public Measure withSubMeasure(SubMeasure subMeasure) {
        List<SubMeasure> more = new java.util.ArrayList<>(subMeasures);
        more.add(subMeasure);
        return new Measure(number, name, position, kpis, more);
    }

    public String normalizedName() {
        return Names.normalize(name);
    }
}
