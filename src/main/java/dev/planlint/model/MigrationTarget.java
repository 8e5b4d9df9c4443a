package dev.planlint.model;

import java.util.List;

/** The migration-rate target (人口移動率) for a year: a list of changes. */
public record MigrationTarget(TimeSpec time, List<MigrationChange> changes, SourcePosition position) {

    public MigrationTarget {
        changes = List.copyOf(changes);
    }
}
