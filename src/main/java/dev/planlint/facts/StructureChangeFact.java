package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.model.MatchBasis;
import dev.planlint.model.StructureChange;

/**
 * A goal, measure or sub-measure followed across periods, with what changed. The subject is where it stands now,
 * or for a removed item the 前期戦略 line of the current strategy.
 */
public final class StructureChangeFact {

    private final Subject subject;
    private final StructureChange change;

    StructureChangeFact(Subject subject, StructureChange change) {
        this.subject = subject;
        this.change = change;
    }

    public Subject getSubject() {
        return subject;
    }

    public StructureChange.Level getLevel() {
        return change.level();
    }

    public boolean isAdded() {
        return change.isAdded();
    }

    public boolean isRemoved() {
        return change.isRemoved();
    }

    public boolean isMoved() {
        return change.isMoved();
    }

    public boolean isRenumbered() {
        return change.isRenumbered();
    }

    public boolean isRenamed() {
        return change.isRenamed();
    }

    /** Several old items now one (a merge: two old goals into one new). */
    public boolean isMerged() {
        return change.isMerged();
    }

    /** One old item now several (a split). */
    public boolean isSplit() {
        return change.isSplit();
    }

    /** Every old item of a merge, or the one old item, as 基本目標2「…」、基本目標3「…」. */
    public String getPreviousItems() {
        return written(change.previousItems());
    }

    /** Every new item of a split, or the one new item, as 基本目標1「…」、基本目標2「…」. */
    public String getCurrentItems() {
        return written(change.currentItems());
    }

    private static String written(java.util.List<StructureChange.Address> addresses) {
        return addresses.stream().map(address -> address.place().written() + "「" + address.name() + "」")
                .collect(java.util.stream.Collectors.joining("、"));
    }

    /** Where it stood, as 基本目標2②ア, or empty when added. */
    public String getPreviousPlace() {
        return change.previous().map(address -> address.place().written()).orElse("");
    }

    /** Where it stands, as 基本目標1③, or empty when removed. */
    public String getCurrentPlace() {
        return change.current().map(address -> address.place().written()).orElse("");
    }

    public String getPreviousName() {
        return change.previous().map(StructureChange.Address::name).orElse("");
    }

    public String getCurrentName() {
        return change.current().map(StructureChange.Address::name).orElse("");
    }

    /** How the two periods' items were matched. */
    public MatchBasis getBasis() {
        return change.basis();
    }


    @Override
    public String toString() {
        return "StructureChangeFact[" + getLevel() + " " + getPreviousPlace() + " -> " + getCurrentPlace() + "]";
    }
}
