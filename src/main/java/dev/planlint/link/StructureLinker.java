package dev.planlint.link;

import dev.planlint.model.MatchBasis;

import dev.planlint.model.StructureChange;

import dev.planlint.model.StructureChange.Address;
import dev.planlint.model.StructureChange.Level;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Measure;
import dev.planlint.model.Names;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Follows goals (by number), measures and sub-measures (by name) from one period to the next. Names are matched in
 * three passes, each shown in the change's basis: the same normalised name; a small edit (生み育て → 産み育て); the
 * same place sharing a run of at least three characters (「日本版ＤＭＯ」の推進 → ＤＭＯの強化). Re-listed sub-measures
 * (再掲) are not followed here: they stand for their original.
 */
final class StructureLinker {

    private static final int SHARED_RUN = 3;

    private StructureLinker() {
    }

    static List<StructureChange> link(Strategy previous, Strategy current) {
        List<StructureChange> changes = new ArrayList<>(goals(previous, current));
        List<StructureChange> measures = match(Level.MEASURE, measures(previous), measures(current));
        changes.addAll(measures);
        Map<Measure, String> parents = parentKeys(measures, previous, current);
        changes.addAll(match(Level.SUB_MEASURE, subMeasures(previous, parents), subMeasures(current, parents)));
        return changes;
    }

    private static List<StructureChange> goals(Strategy previous, Strategy current) {
        List<StructureChange> changes = new ArrayList<>();
        for (BasicGoal goal : current.goals()) {
            Optional<Address> old = previous.goals().stream().filter(candidate -> candidate.number() == goal.number())
                    .findFirst().map(StructureLinker::address);
            changes.add(new StructureChange(Level.GOAL, old, Optional.of(address(goal)), MatchBasis.of(MatchBasis.Kind.NUMBER)));
        }
        previous.goals().stream()
                .filter(goal -> current.goals().stream().noneMatch(candidate -> candidate.number() == goal.number()))
                .forEach(goal -> changes.add(new StructureChange(Level.GOAL, Optional.of(address(goal)),
                        Optional.empty(), MatchBasis.of(MatchBasis.Kind.NUMBER))));
        return changes;
    }

    private static Address address(BasicGoal goal) {
        return new Address(goal.number(), 0, 0, goal.name(), "", goal.position());
    }

    /** A candidate item with the model object it came from, for finding the parent of sub-measures. */
    private record Item(Address address, Object source) {
    }

    private static List<Item> measures(Strategy strategy) {
        List<Item> items = new ArrayList<>();
        for (BasicGoal goal : strategy.goals()) {
            for (Measure measure : goal.measures()) {
                items.add(new Item(new Address(goal.number(), measure.number(), 0, measure.name(),
                        "goal " + goal.number(), measure.position()), measure));
            }
        }
        return items;
    }

    private static List<Item> subMeasures(Strategy strategy, Map<Measure, String> parents) {
        List<Item> items = new ArrayList<>();
        for (BasicGoal goal : strategy.goals()) {
            for (Measure measure : goal.measures()) {
                for (SubMeasure sub : measure.subMeasures()) {
                    if (sub.relisting().isEmpty()) {
                        items.add(new Item(new Address(goal.number(), measure.number(), sub.number(), sub.name(),
                                parents.get(measure), sub.position()), sub));
                    }
                }
            }
        }
        return items;
    }

    /** Each matched pair of measures gets one key, so sub-measures under it have the same parent in both periods. */
    private static Map<Measure, String> parentKeys(List<StructureChange> measures, Strategy previous,
                                                   Strategy current) {
        Map<Measure, String> keys = new IdentityHashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            String key = "measure pair " + i;
            StructureChange change = measures.get(i);
            change.previous().flatMap(address -> find(previous, address)).ifPresent(measure -> keys.put(measure, key));
            change.current().flatMap(address -> find(current, address)).ifPresent(measure -> keys.put(measure, key));
        }
        return keys;
    }

    private static Optional<Measure> find(Strategy strategy, Address address) {
        return strategy.goals().stream().filter(goal -> goal.number() == address.goal())
                .flatMap(goal -> goal.measures().stream())
                .filter(measure -> measure.number() == address.measure() && measure.position()
                        .equals(address.position()))
                .findFirst();
    }

    private static List<StructureChange> match(Level level, List<Item> before, List<Item> after) {
        List<Item> oldLeft = new ArrayList<>(before);
        List<Item> newLeft = new ArrayList<>(after);
        List<StructureChange> changes = new ArrayList<>();
        pair(level, oldLeft, newLeft, changes, (old, now) -> sameName(old, now), (old, now) -> MatchBasis.of(MatchBasis.Kind.SAME_NAME));
        pair(level, oldLeft, newLeft, changes, (old, now) -> NameSimilarity.isSmallEdit(old.name(), now.name()),
                (old, now) -> new MatchBasis(MatchBasis.Kind.SMALL_EDIT,
                        String.valueOf(NameSimilarity.editDistance(old.name(), now.name()))));
        pair(level, oldLeft, newLeft, changes, (old, now) -> samePlace(level, old, now)
                        && NameSimilarity.longestSharedRun(old.name(), now.name()).length() >= SHARED_RUN,
                (old, now) -> new MatchBasis(MatchBasis.Kind.SHARED_RUN,
                        NameSimilarity.longestSharedRun(old.name(), now.name())));
        oldLeft.forEach(old -> changes.add(new StructureChange(level, Optional.of(old.address()), Optional.empty(),
                MatchBasis.of(MatchBasis.Kind.NONE))));
        newLeft.forEach(now -> changes.add(new StructureChange(level, Optional.empty(), Optional.of(now.address()),
                MatchBasis.of(MatchBasis.Kind.NONE))));
        changes.sort(Comparator.comparing(StructureLinker::sortKey));
        return changes;
    }

    /** Pairs each remaining new item with the best remaining old one the test accepts: same parent, then number. */
    private static void pair(Level level, List<Item> oldLeft, List<Item> newLeft, List<StructureChange> changes,
                             BiPredicate<Address, Address> accepts,
                             java.util.function.BiFunction<Address, Address, MatchBasis> basis) {
        for (Item now : List.copyOf(newLeft)) {
            Optional<Item> best = oldLeft.stream()
                    .filter(old -> accepts.test(old.address(), now.address()))
                    .min(Comparator.comparingInt((Item old) -> old.address().parent().equals(now.address().parent())
                            ? 0 : 1)
                            .thenComparingInt(old -> NameSimilarity.editDistance(old.address().name(),
                                    now.address().name()))
                            .thenComparingInt(old -> Math.abs(number(level, old.address()) - number(level,
                                    now.address()))));
            best.ifPresent(old -> {
                oldLeft.remove(old);
                newLeft.remove(now);
                changes.add(new StructureChange(level, Optional.of(old.address()), Optional.of(now.address()),
                        basis.apply(old.address(), now.address())));
            });
        }
    }


    private static boolean sameName(Address old, Address now) {
        return Names.normalize(old.name()).equals(Names.normalize(now.name()));
    }

    private static boolean samePlace(Level level, Address old, Address now) {
        return old.parent().equals(now.parent()) && number(level, old) == number(level, now);
    }

    private static int number(Level level, Address address) {
        return level == Level.MEASURE ? address.measure() : address.subMeasure();
    }

    /** Changes in the order of the new strategy, removed items after the new ones, in the old order. */
    private static String sortKey(StructureChange change) {
        Address address = change.current().or(change::previous).orElseThrow();
        return String.format("%s%03d%03d%03d", change.current().isPresent() ? "a" : "b", address.goal(),
                address.measure(), address.subMeasure());
    }
}
