package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.model.KpiLink;
import dev.planlint.model.PeriodLinks;
import dev.planlint.model.StructureChange;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.ImpactKind;
import dev.planlint.model.ImpactLevel;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.MigrationTarget;
import dev.planlint.model.Names;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.VisionTarget;
import dev.planlint.path.Ratios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns the links between two periods into the facts the between-period rules are evaluated on. */
public final class PeriodFacts {

    private PeriodFacts() {
    }

    public static List<Object> of(Strategy previous, Strategy current, PeriodLinks links, LocalDate asOf) {
        SourcePosition citation = current.predecessorFile().map(file -> file.position())
                .orElse(new SourcePosition(current.file(), 1, 1));
        List<Object> facts = new ArrayList<>();
        for (KpiLink link : links.kpis()) {
            facts.add(new KpiLinkFact(kpiSubject(current, link, successorOf(link, links).orElse(citation)), link,
                    asOf));
        }
        for (StructureChange change : links.structure()) {
            facts.add(new StructureChangeFact(structureSubject(current, change, citation), change));
        }
        facts.addAll(visionFacts(previous, current));
        facts.addAll(impactFacts(previous, current));
        facts.addAll(relistingFacts(previous, current, links));
        return facts;
    }

    private static Subject kpiSubject(Strategy current, KpiLink link, SourcePosition citation) {
        if (link.current().isPresent()) {
            return StrategyFacts.kpiSubject(current, link.current().get());
        }
        return at(Subject.Kind.KPI, link.previous().orElseThrow().name(), citation);
    }

    /**
     * Where an old KPI left unaccounted for is reported: at the heading of the new goal that took over its old goal
     * (matched, or merged into it), so the evaluator finds it where it belongs; other links have their own line.
     */
    private static Optional<SourcePosition> successorOf(KpiLink link, PeriodLinks links) {
        if (link.kind() != KpiLink.Kind.UNACCOUNTED || link.previousGoal() == 0) {
            return Optional.empty();
        }
        return links.structure(StructureChange.Level.GOAL).stream()
                .filter(change -> change.previousItems().stream()
                        .anyMatch(address -> address.goal() == link.previousGoal()))
                .flatMap(change -> change.current().stream())
                .map(StructureChange.Address::position).findFirst();
    }

    private static Subject structureSubject(Strategy current, StructureChange change, SourcePosition citation) {
        Subject.Kind kind = switch (change.level()) {
            case GOAL -> Subject.Kind.GOAL;
            case MEASURE -> Subject.Kind.MEASURE;
            case SUB_MEASURE -> Subject.Kind.SUB_MEASURE;
        };
        if (change.current().isEmpty()) {
            return at(kind, change.previous().orElseThrow().name(), citation);
        }
        StructureChange.Address address = change.current().get();
        return new Subject(kind, address.name(), address.goal(), current.file(), address.position().line(),
                address.position().column());
    }

    private static Subject at(Subject.Kind kind, String name, SourcePosition position) {
        return new Subject(kind, name, 0, position.file(), position.line(), position.column());
    }

    private static List<Object> visionFacts(Strategy previous, Strategy current) {
        List<Object> facts = new ArrayList<>();
        for (VisionTarget target : current.populationVision().fertility()) {
            int previousYear = previous.populationVision().fertility().stream()
                    .filter(old -> old.value().baseValue().compareTo(target.value().baseValue()) == 0)
                    .mapToInt(old -> old.time().fromYear()).findFirst().orElse(0);
            facts.add(new VisionChangeFact(vision(current, "合計特殊出生率", target.position()), "fertility",
                    target.value().written(), target.time().fromYear(), previousYear, null, null));
        }
        for (MigrationTarget target : current.populationVision().migration()) {
            int previousYear = previous.populationVision().migration().stream()
                    .filter(old -> describe(old).equals(describe(target)))
                    .mapToInt(old -> old.time().fromYear()).findFirst().orElse(0);
            facts.add(new VisionChangeFact(vision(current, "人口移動率", target.position()), "migration",
                    describe(target), target.time().fromYear(), previousYear, null, null));
        }
        for (VisionTarget target : current.populationVision().population()) {
            facts.add(new VisionChangeFact(vision(current, "人口の将来目標", target.position()), "population",
                    target.value().written(), target.time().fromYear(), 0, target.value().baseValue(),
                    interpolate(previous.populationVision().population(), target.time().fromYear()).orElse(null)));
        }
        return facts;
    }

    private static Subject vision(Strategy current, String name, SourcePosition position) {
        return new Subject(Subject.Kind.VISION, name, 0, current.file(), position.line(), position.column());
    }

    private static String describe(MigrationTarget target) {
        return target.changes().stream()
                .map(change -> Names.normalize(change.label()) + change.change().baseValue().toPlainString()
                        + change.change().unit() + (change.increase() ? "増" : "減"))
                .collect(Collectors.joining("・"));
    }

    /** The previous vision's population at {@code year}, on the straight line between its two nearest targets. */
    static Optional<BigDecimal> interpolate(List<VisionTarget> path, int year) {
        List<VisionTarget> sorted = path.stream().sorted(Comparator.comparingInt(t -> t.time().fromYear())).toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            int from = sorted.get(i).time().fromYear();
            int to = sorted.get(i + 1).time().fromYear();
            if (year >= from && year <= to) {
                BigDecimal start = sorted.get(i).value().baseValue();
                BigDecimal end = sorted.get(i + 1).value().baseValue();
                BigDecimal share = BigDecimal.valueOf(year - from).divide(BigDecimal.valueOf(to - from),
                        Ratios.CONTEXT);
                return Optional.of(start.add(end.subtract(start).multiply(share)).stripTrailingZeros());
            }
        }
        return sorted.stream().filter(target -> target.time().fromYear() == year).findFirst()
                .map(target -> target.value().baseValue());
    }

    private static List<Object> impactFacts(Strategy previous, Strategy current) {
        List<Object> facts = new ArrayList<>();
        for (ImpactLevel impact : current.populationVision().impacts()) {
            previous.populationVision().impacts().stream().filter(old -> old.kind() == impact.kind()).findFirst()
                    .ifPresent(old -> facts.add(new ImpactChangeFact(vision(current,
                            impact.kind() == ImpactKind.NATURAL ? "自然増減影響度" : "社会増減影響度", impact.position()),
                            impact.kind().name().toLowerCase(java.util.Locale.ROOT), impact.level(), old.level())));
        }
        return facts;
    }

    private static List<Object> relistingFacts(Strategy previous, Strategy current, PeriodLinks links) {
        List<Object> facts = new ArrayList<>();
        for (BasicGoal goal : current.goals()) {
            for (Measure measure : goal.measures()) {
                for (SubMeasure sub : measure.subMeasures()) {
                    if (sub.relisting().isEmpty()) {
                        continue;
                    }
                    Optional<String> original = Relistings.originalPlace(current, sub);
                    Optional<String> previousOriginal = Relistings.relistingNamed(previous, sub.name())
                            .flatMap(old -> Relistings.originalAddress(previous, old))
                            .flatMap(address -> placeNow(links, address));
                    if (original.isPresent() && previousOriginal.isPresent()) {
                        facts.add(new RelistingFact(new Subject(Subject.Kind.SUB_MEASURE, sub.name(), goal.number(),
                                current.file(), sub.position().line(), sub.position().column()), original.get(),
                                previousOriginal.get()));
                    }
                }
            }
        }
        return facts;
    }

    private static Optional<String> placeNow(PeriodLinks links, SourcePosition previousOriginal) {
        return links.structure(StructureChange.Level.SUB_MEASURE).stream()
                .filter(change -> change.previous().map(a -> a.position().equals(previousOriginal)).orElse(false))
                .findFirst()
                .map(change -> change.current().map(address -> address.place().written()).orElse(""));
    }
}
