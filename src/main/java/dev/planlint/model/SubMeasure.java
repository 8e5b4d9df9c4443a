package dev.planlint.model;

import java.util.Optional;

/** A sub-measure (ア, イ, ウ …) of a measure; {@code number} 1 is ア. */
public record SubMeasure(int number, String name, SourcePosition position, Optional<Relisting> relisting) {

    public String normalizedName() {
        return Names.normalize(name);
    }
}
