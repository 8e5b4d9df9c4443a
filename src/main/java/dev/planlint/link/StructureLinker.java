package dev.planlint.link;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLink;
import dev.planlint.model.MatchBasis;
import dev.planlint.model.Measure;
import dev.planlint.model.Names;
import dev.planlint.model.Place;
import dev.planlint.model.Strategy;
import dev.planlint.model.StructureChange;
import dev.planlint.model.StructureChange.Address;
import dev.planlint.model.StructureChange.Level;
import dev.planlint.model.StructureChange.Shape;
import dev.planlint.model.SubMeasure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Follows goals, measures and sub-measures from one period to the next, each match's basis shown in the change.
 * Goals and measures are matched first by what they hold: the KPIs continued or replaced from one to the other, and
 * (for goals) the measures and sub-measures of the same name; then by name; then goals by number. An old item that
 * shares content only with a new item already matched was merged into it; a new item that shares content only with
 * an old item already matched was split from it: neither reads as removed or added. Names are compared in three
 * passes: the same normalised name; a small edit (生み育て → 産み育て); the same place sharing a run of at least three
 * characters (「日本版ＤＭＯ」の推進 → ＤＭＯの強化). Sub-measures are matched by name only. Re-listed sub-measures
 * (再掲) are not followed here: they stand for their original.
 */
final class StructureLinker {

    private static final int SHARED_RUN = 3;

    private StructureLinker() {
    }

    static List<StructureChange> link(Strategy previous, Strategy current, List<KpiLink> kpis) {
        List<KpiLink> shared = kpis.stream().filter(link -> link.previous().isPresent() && link.current().isPresent())
                .toList();
        // Each address made here finds the model object it was made from (by identity: two files may share a name).
        Map<Address, Object> sources = new IdentityHashMap<>();
        List<StructureChange> goals = match(Level.GOAL, goals(previous), goals(current), shared, sources);
        List<StructureChange> changes = new ArrayList<>(goals);
        Map<Object, String> goalKeys = parentKeys(goals, "goal pair ", sources);
        List<StructureChange> measures = match(Level.MEASURE, measures(previous, goalKeys),
                measures(current, goalKeys), shared, sources);
        changes.addAll(measures);
        Map<Object, String> measureKeys = parentKeys(measures, "measure pair ", sources);
        changes.addAll(match(Level.SUB_MEASURE, subMeasures(previous, measureKeys), subMeasures(current, measureKeys),
                shared, sources));
        return changes;
    }

    /**
     * A candidate item with the model object it came from and the names of what it holds (normalised): its
     * measures and sub-measures. Parents are found through the source object.
     */
    private record Item(Address address, Object source, List<String> measureNames, List<String> subMeasureNames,
                        long kpiCount) {

        /** Everything the item holds that another can share: its KPIs, measures and sub-measures. */
        long size() {
            return kpiCount + measureNames.size() + subMeasureNames.size();
        }
    }

    private static List<Item> goals(Strategy strategy) {
        return strategy.goals().stream().map(goal -> new Item(new Address(goal.number(), 0, 0, goal.name(), "",
                goal.position()), goal, goal.measures().stream().map(measure -> Names.normalize(measure.name()))
                .toList(), goal.measures().stream().flatMap(measure -> subNames(measure).stream()).toList(),
                goal.allKpis().count())).toList();
    }

    private static List<Item> measures(Strategy strategy, Map<Object, String> goalKeys) {
        List<Item> items = new ArrayList<>();
        for (BasicGoal goal : strategy.goals()) {
            for (Measure measure : goal.measures()) {
                items.add(new Item(new Address(goal.number(), measure.number(), 0, measure.name(),
                        goalKeys.getOrDefault(goal, "goal " + goal.number()), measure.position()), measure, List.of(),
                        subNames(measure), measure.allKpis().count()));
            }
        }
        return items;
    }

    private static List<String> subNames(Measure measure) {
        return measure.subMeasures().stream().filter(sub -> sub.relisting().isEmpty())
                .map(sub -> Names.normalize(sub.name())).toList();
    }

    private static List<Item> subMeasures(Strategy strategy, Map<Object, String> measureKeys) {
        List<Item> items = new ArrayList<>();
        for (BasicGoal goal : strategy.goals()) {
            for (Measure measure : goal.measures()) {
                for (SubMeasure sub : measure.subMeasures()) {
                    if (sub.relisting().isEmpty()) {
                        items.add(new Item(new Address(goal.number(), measure.number(), sub.number(), sub.name(),
                                measureKeys.get(measure), sub.position()), sub, List.of(), List.of(), 0));
                    }
                }
            }
        }
        return items;
    }

    /** Each matched group of items gets one key, so that what stands under it has the same parent in both periods. */
    private static Map<Object, String> parentKeys(List<StructureChange> changes, String prefix,
                                                  Map<Address, Object> sources) {
        Map<Object, String> keys = new IdentityHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            String key = prefix + i;
            StructureChange change = changes.get(i);
            change.previousItems().forEach(address -> keys.put(sources.get(address), key));
            change.currentItems().forEach(address -> keys.put(sources.get(address), key));
        }
        return keys;
    }

    /** What an old and a new item both hold: KPIs followed from one to the other, measures and sub-measures by name. */
    private record Shared(int kpis, int measures, int subMeasures) {

        int total() {
            return kpis + measures + subMeasures;
        }

        MatchBasis basis() {
            return MatchBasis.sharing(kpis, measures, subMeasures);
        }

        Shared plus(Shared other) {
            return new Shared(kpis + other.kpis, measures + other.measures, subMeasures + other.subMeasures);
        }
    }

    private static Shared shared(Level level, Item old, Item now, List<KpiLink> kpis) {
        if (level == Level.SUB_MEASURE) {
            return new Shared(0, 0, 0);
        }
        int sharedKpis = (int) kpis.stream().filter(link -> holds(level, old.address(), link.previous().orElseThrow())
                && holds(level, now.address(), link.current().orElseThrow())).count();
        int sharedMeasures = (int) old.measureNames().stream().filter(now.measureNames()::contains).count();
        int sharedSubs = (int) old.subMeasureNames().stream().filter(now.subMeasureNames()::contains).count();
        return new Shared(sharedKpis, sharedMeasures, sharedSubs);
    }

    private static boolean holds(Level level, Address address, Kpi kpi) {
        Place place = kpi.place();
        return place.goal() == address.goal() && (level == Level.GOAL || place.measure() == address.measure());
    }

    private static List<StructureChange> match(Level level, List<Item> before, List<Item> after, List<KpiLink> kpis,
                                               Map<Address, Object> sources) {
        before.forEach(item -> sources.put(item.address(), item.source()));
        after.forEach(item -> sources.put(item.address(), item.source()));
        List<Item> oldLeft = new ArrayList<>(before);
        List<Item> newLeft = new ArrayList<>(after);
        List<Pairing> pairs = new ArrayList<>();
        pairByContent(level, oldLeft, newLeft, pairs, kpis);
        pair(level, oldLeft, newLeft, pairs, (old, now) -> sameName(old, now),
                (old, now) -> MatchBasis.of(MatchBasis.Kind.SAME_NAME));
        pair(level, oldLeft, newLeft, pairs, (old, now) -> NameSimilarity.isSmallEdit(old.name(), now.name()),
                (old, now) -> new MatchBasis(MatchBasis.Kind.SMALL_EDIT,
                        String.valueOf(NameSimilarity.editDistance(old.name(), now.name()))));
        attachMergesAndSplits(level, oldLeft, newLeft, pairs, kpis);
        if (level == Level.GOAL) {
            pair(level, oldLeft, newLeft, pairs, (old, now) -> old.goal() == now.goal(),
                    (old, now) -> MatchBasis.of(MatchBasis.Kind.NUMBER));
        } else {
            pair(level, oldLeft, newLeft, pairs, (old, now) -> samePlace(level, old, now)
                            && NameSimilarity.longestSharedRun(old.name(), now.name()).length() >= SHARED_RUN,
                    (old, now) -> new MatchBasis(MatchBasis.Kind.SHARED_RUN,
                            NameSimilarity.longestSharedRun(old.name(), now.name())));
        }
        List<StructureChange> changes = new ArrayList<>(pairs.stream().map(pairing -> pairing.change(level)).toList());
        oldLeft.forEach(old -> changes.add(new StructureChange(level, Optional.of(old.address()), Optional.empty(),
                MatchBasis.of(MatchBasis.Kind.NONE))));
        newLeft.forEach(now -> changes.add(new StructureChange(level, Optional.empty(), Optional.of(now.address()),
                MatchBasis.of(MatchBasis.Kind.NONE))));
        changes.sort(Comparator.comparing(StructureLinker::sortKey));
        return changes;
    }

    /** A matched old and new item, with the items merged into it or split from it as they are found. */
    private static final class Pairing {
        final Item old;
        final Item now;
        MatchBasis basis;
        Shared shared;
        Shape shape = Shape.ONE_TO_ONE;
        final List<Address> others = new ArrayList<>();

        Pairing(Item old, Item now, MatchBasis basis, Shared shared) {
            this.old = old;
            this.now = now;
            this.basis = basis;
            this.shared = shared;
        }

        StructureChange change(Level level) {
            return new StructureChange(level, Optional.of(old.address()), Optional.of(now.address()), basis, shape,
                    others);
        }
    }

    /** Greedy on what the items share, most first; ties go to the closer name, then the closer number. */
    private static void pairByContent(Level level, List<Item> oldLeft, List<Item> newLeft, List<Pairing> pairs,
                                      List<KpiLink> kpis) {
        record Candidate(Item old, Item now, Shared shared) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Item old : oldLeft) {
            for (Item now : newLeft) {
                Shared shared = shared(level, old, now, kpis);
                if (shared.total() > 0) {
                    candidates.add(new Candidate(old, now, shared));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.shared().total())
                .thenComparing(c -> closeness(level, c.old().address(), c.now().address())));
        for (Candidate candidate : candidates) {
            if (oldLeft.contains(candidate.old()) && newLeft.contains(candidate.now())) {
                oldLeft.remove(candidate.old());
                newLeft.remove(candidate.now());
                pairs.add(new Pairing(candidate.old(), candidate.now(), candidate.shared().basis(),
                        candidate.shared()));
            }
        }
    }

    /**
     * An old item left over that has more than half of what it holds in a matched new item was merged into it; a new
     * item left over that has more than half of what it holds from a matched old item was split from it (one
     * sub-measure of three taken over is a removal, not a merge). A pairing is a merge or a split, not both.
     */
    private static void attachMergesAndSplits(Level level, List<Item> oldLeft, List<Item> newLeft,
                                              List<Pairing> pairs, List<KpiLink> kpis) {
        attachLeftOvers(level, oldLeft, Shape.MERGED, pairs, kpis);
        attachLeftOvers(level, newLeft, Shape.SPLIT, pairs, kpis);
    }

    /**
     * Attaches each left-over item to the pairing it shares most with: an old item merges into a pairing, a new one
     * splits from it. A pairing is never both merged and split, so the opposite shape is skipped.
     */
    private static void attachLeftOvers(Level level, List<Item> leftOver, Shape shape, List<Pairing> pairs,
                                        List<KpiLink> kpis) {
        boolean leftOverIsOld = shape == Shape.MERGED;
        Shape opposite = leftOverIsOld ? Shape.SPLIT : Shape.MERGED;
        for (Item item : List.copyOf(leftOver)) {
            Function<Pairing, Item> oldOf = pairing -> leftOverIsOld ? item : pairing.old;
            Function<Pairing, Item> newOf = pairing -> leftOverIsOld ? pairing.now : item;
            best(pairs, pairing -> pairing.shape != opposite
                            ? mostOf(item, shared(level, oldOf.apply(pairing), newOf.apply(pairing), kpis)) : null,
                    pairing -> closeness(level, oldOf.apply(pairing).address(), newOf.apply(pairing).address()))
                    .ifPresent(found -> {
                        Pairing pairing = found.pairing();
                        pairing.shape = shape;
                        pairing.others.add(item.address());
                        pairing.shared = pairing.shared.plus(found.shared());
                        pairing.basis = pairing.shared.basis();
                        leftOver.remove(item);
                    });
        }
    }

    /** What is shared, when it is more than half of what the left-over item holds; null otherwise. */
    private static Shared mostOf(Item item, Shared shared) {
        return shared.total() * 2 > item.size() ? shared : null;
    }

    private record Found(Pairing pairing, Shared shared) {
    }

    private static Optional<Found> best(List<Pairing> pairs, java.util.function.Function<Pairing, Shared> sharing,
                                        java.util.function.Function<Pairing, String> closeness) {
        return pairs.stream().map(pairing -> {
                    Shared shared = sharing.apply(pairing);
                    return shared == null || shared.total() == 0 ? null : new Found(pairing, shared);
                }).filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt((Found found) -> -found.shared().total())
                        .thenComparing(found -> closeness.apply(found.pairing())));
    }

    /** Orders candidates: same parent first, then the smaller edit, then the closer number. */
    private static String closeness(Level level, Address old, Address now) {
        return String.format("%d%05d%05d", old.parent().equals(now.parent()) ? 0 : 1,
                NameSimilarity.editDistance(old.name(), now.name()),
                Math.abs(number(level, old) - number(level, now)));
    }

    /** Pairs each remaining new item with the best remaining old one the test accepts: same parent, then number. */
    private static void pair(Level level, List<Item> oldLeft, List<Item> newLeft, List<Pairing> pairs,
                             BiPredicate<Address, Address> accepts, BiFunction<Address, Address, MatchBasis> basis) {
        for (Item now : List.copyOf(newLeft)) {
            Optional<Item> best = oldLeft.stream()
                    .filter(old -> accepts.test(old.address(), now.address()))
                    .min(Comparator.comparing(old -> closeness(level, old.address(), now.address())));
            best.ifPresent(old -> {
                oldLeft.remove(old);
                newLeft.remove(now);
                pairs.add(new Pairing(old, now, basis.apply(old.address(), now.address()), new Shared(0, 0, 0)));
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
        return switch (level) {
            case GOAL -> address.goal();
            case MEASURE -> address.measure();
            case SUB_MEASURE -> address.subMeasure();
        };
    }

    /** Changes in the order of the new strategy, removed items after the new ones, in the old order. */
    private static String sortKey(StructureChange change) {
        Address address = change.current().or(change::previous).orElseThrow();
        return String.format("%s%03d%03d%03d", change.current().isPresent() ? "a" : "b", address.goal(),
                address.measure(), address.subMeasure());
    }
}
