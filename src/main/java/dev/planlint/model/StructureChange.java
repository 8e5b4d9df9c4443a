package dev.planlint.model;


import java.util.Optional;

/**
 * One goal, measure or sub-measure followed from the previous period to this one: where it stood and where it
 * stands, and how it was matched. An added item has no old side; a removed one no new side.
 *
 * @param basis how the two were matched, shown in reports so that no link is a hidden guess
 */
public record StructureChange(Level level, Optional<Address> previous, Optional<Address> current, MatchBasis basis) {

    public enum Level {
        GOAL,
        MEASURE,
        SUB_MEASURE;

        /** goal, measure or sub-measure: the level as JSON and SARIF name it. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Where an item stands: goal, measure and sub-measure numbers (0 where not applicable), name and position.
     * {@code parent} identifies the parent across periods: the goal number for a measure, the matched pair of
     * measures for a sub-measure, so that a sub-measure under a renamed measure has not moved.
     */
    public record Address(int goal, int measure, int subMeasure, String name, String parent,
                          SourcePosition position) {

        /** Where it stands: 基本目標2, 基本目標2②, 基本目標2②ア. */
        public Place place() {
            return new Place(goal, measure, subMeasure);
        }
    }

    public boolean isAdded() {
        return previous.isEmpty();
    }

    public boolean isRemoved() {
        return current.isEmpty();
    }

    public boolean isRenamed() {
        return previous.isPresent() && current.isPresent()
                && !Names.normalize(previous.get().name()).equals(Names.normalize(current.get().name()));
    }

    /** Now under another goal (measures) or another measure (sub-measures). */
    public boolean isMoved() {
        if (previous.isEmpty() || current.isEmpty() || level == Level.GOAL) {
            return false;
        }
        return !previous.get().parent().equals(current.get().parent());
    }

    /** Same parent, another number. */
    public boolean isRenumbered() {
        if (previous.isEmpty() || current.isEmpty() || isMoved()) {
            return false;
        }
        return level == Level.MEASURE ? previous.get().measure() != current.get().measure()
                : previous.get().subMeasure() != current.get().subMeasure();
    }

    public boolean isUnchanged() {
        return !isAdded() && !isRemoved() && !isRenamed() && !isMoved() && !isRenumbered();
    }
}
