package dev.planlint.model;


import java.util.List;
import java.util.Optional;

/**
 * One goal, measure or sub-measure followed from the previous period to this one: where it stood and where it
 * stands, and how it was matched. An added item has no old side; a removed one no new side. A merge (two old goals
 * into one new) is one change whose {@code others} are the further old items; a split one whose {@code others} are
 * the further new items, so that none of them reads as removed or added.
 *
 * @param basis how the two were matched, shown in reports so that no link is a hidden guess
 * @param others the further old items of a merge, or the further new items of a split; empty otherwise
 */
public record StructureChange(Level level, Optional<Address> previous, Optional<Address> current, MatchBasis basis,
                              Shape shape, List<Address> others) {

    /** One item to one, several old items into one new (merged), or one old item into several new (split). */
    public enum Shape {
        ONE_TO_ONE,
        MERGED,
        SPLIT
    }

    public StructureChange {
        others = List.copyOf(others);
    }

    public StructureChange(Level level, Optional<Address> previous, Optional<Address> current, MatchBasis basis) {
        this(level, previous, current, basis, Shape.ONE_TO_ONE, List.of());
    }

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

    /** A merge or a split says what became of the names itself: no rename is reported beside it. */
    public boolean isRenamed() {
        return shape == Shape.ONE_TO_ONE && previous.isPresent() && current.isPresent()
                && !Names.normalize(previous.get().name()).equals(Names.normalize(current.get().name()));
    }

    /** Now under another goal (measures) or another measure (sub-measures). */
    public boolean isMoved() {
        if (previous.isEmpty() || current.isEmpty() || level == Level.GOAL) {
            return false;
        }
        return !previous.get().parent().equals(current.get().parent());
    }

    /** Same parent, another number (goals: another number, now that they are matched by what they hold). */
    public boolean isRenumbered() {
        if (previous.isEmpty() || current.isEmpty() || isMoved() || shape != Shape.ONE_TO_ONE) {
            return false;
        }
        if (level == Level.GOAL) {
            return previous.get().goal() != current.get().goal();
        }
        return level == Level.MEASURE ? previous.get().measure() != current.get().measure()
                : previous.get().subMeasure() != current.get().subMeasure();
    }

    public boolean isMerged() {
        return shape == Shape.MERGED;
    }

    public boolean isSplit() {
        return shape == Shape.SPLIT;
    }

    /** Every old item of this change: the matched one, then those merged into it. */
    public List<Address> previousItems() {
        return shape == Shape.MERGED ? concat(previous, others) : previous.stream().toList();
    }

    /** Every new item of this change: the matched one, then those split from it. */
    public List<Address> currentItems() {
        return shape == Shape.SPLIT ? concat(current, others) : current.stream().toList();
    }

    private static List<Address> concat(Optional<Address> first, List<Address> rest) {
        return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
    }

    public boolean isUnchanged() {
        return !isAdded() && !isRemoved() && !isRenamed() && !isMoved() && !isRenumbered() && !isMerged()
                && !isSplit();
    }
}
