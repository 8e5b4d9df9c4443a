package dev.planlint.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A sub-measure (ア, イ, ウ …) of a measure, with the KPIs a city writes under it; {@code number} 1 is ア. */
public record SubMeasure(int number, String name, SourcePosition position, Optional<Relisting> relisting,
                         List<Kpi> kpis) {

    public SubMeasure {
        kpis = List.copyOf(kpis);
    }

    public SubMeasure withKpis(UnaryOperator<Kpi> change) {
        return new SubMeasure(number, name, position, relisting, kpis.stream().map(change).toList());
    }

    public String normalizedName() {
        return Names.normalize(name);
    }
}
