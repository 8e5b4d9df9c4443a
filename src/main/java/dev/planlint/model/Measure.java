package dev.planlint.model;

import java.util.List;

/** A measure (具体的な施策 ①, ②, …) of a basic goal. */
public record Measure(int number, String name, SourcePosition position, List<SubMeasure> subMeasures) {

    public Measure {
        subMeasures = List.copyOf(subMeasures);
    }

    public String normalizedName() {
        return Names.normalize(name);
    }
}
