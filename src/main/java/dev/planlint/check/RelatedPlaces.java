package dev.planlint.check;

import dev.planlint.facts.Relistings;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.Names;
import dev.planlint.model.Place;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.Subject;
import dev.planlint.model.SubMeasure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other lines a finding is about, for an editor to show beside it: for a between-period finding, the previous
 * period's KPI, goal, measure or sub-measure it compares with; for a finding on a re-listed sub-measure (再掲), the
 * sub-measure it repeats. Found from the finding's own figures and the strategies' declared links, so that showing
 * them costs no second linking of the periods.
 */
public final class RelatedPlaces {

    /** A related line and what it is, in both languages. */
    public record Related(SourcePosition position, String messageJa, String messageEn) {
        public String message(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? messageJa : messageEn;
        }
    }

    private static final Set<Subject.Kind> STRUCTURE = Set.of(Subject.Kind.GOAL, Subject.Kind.MEASURE,
            Subject.Kind.SUB_MEASURE);
    /** A place as the rules' figures write it: 基本目標2, 基本目標2②, 基本目標2②ア. */
    private static final Pattern PLACE = Pattern.compile(
            "基本目標\\d+(?:[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF][アイウエオカキクケコサシスセソタチツテトナニヌネノ]?)?");

    private final Strategy current;
    private final Optional<Strategy> previous;
    private Map<String, Item> previousItems;

    private RelatedPlaces(Strategy current, Optional<Strategy> previous) {
        this.current = current;
        this.previous = previous;
    }

    public static RelatedPlaces of(ReportedStrategy checked) {
        return new RelatedPlaces(checked.strategy(), checked.predecessor());
    }

    /** The sub-measure a re-listing (再掲) repeats: at its written address, else the one original of its name. */
    public static Optional<SubMeasure> originalOf(Strategy strategy, SubMeasure relisted) {
        return Relistings.originalOf(strategy, relisted);
    }

    /** The places related to {@code finding}; {@code betweenPeriods} says whether its rule compares two periods. */
    public List<Related> of(ReportedFinding finding, boolean betweenPeriods) {
        Subject subject = finding.subject();
        List<Related> related = new ArrayList<>();
        if (betweenPeriods && previous.isPresent()) {
            if (subject.kind() == Subject.Kind.KPI) {
                previousKpis(finding).forEach(old -> related.add(new Related(old.position(),
                        "前期の指標「" + old.name() + "」", "the previous period's KPI \u201c" + old.name() + "\u201d")));
            } else if (STRUCTURE.contains(subject.kind())) {
                related.addAll(previousItems(finding));
            }
        }
        if (subject.kind() == Subject.Kind.SUB_MEASURE) {
            current.subMeasures().filter(sub -> sub.relisting().isPresent() && at(sub.position(), subject))
                    .flatMap(sub -> originalOf(current, sub).stream())
                    .forEach(original -> related.add(new Related(original.position(),
                            "再掲の元「" + original.name() + "」", "the original of the re-listing \u201c"
                            + original.name() + "\u201d")));
        }
        return related;
    }

    /**
     * The previous KPIs a finding on a KPI compares with: those the KPI's 前期指標 names, else the one of its name (as
     * the linker pairs them), and the previous name a finding gives; for an old KPI reported on another line (left
     * unaccounted for), the old KPI of the subject's name.
     */
    private List<Kpi> previousKpis(ReportedFinding finding) {
        Subject subject = finding.subject();
        Set<String> names = new HashSet<>();
        current.kpis().filter(kpi -> at(kpi.position(), subject) && kpi.name().equals(subject.name())).findFirst()
                .flatMap(Kpi::link).ifPresentOrElse(link -> link.previousNames().forEach(name ->
                        names.add(Names.normalize(name))), () -> names.add(Names.normalize(subject.name())));
        if (finding.figures().get("previousName") instanceof String previousName && !previousName.isBlank()) {
            names.add(Names.normalize(previousName));
        }
        return previous.orElseThrow().kpis().filter(old -> names.contains(old.normalizedName())).toList();
    }

    /**
     * The previous goals, measures or sub-measures a structure finding names: by the places its figures give
     * (previousPlace 基本目標2②, previousItems of a merge), else by its previous name at the subject's level. The
     * figures are the rule's, so the related lines are the ones the message speaks of, without linking again.
     */
    private List<Related> previousItems(ReportedFinding finding) {
        Map<String, Item> items = previousItems();
        Set<Item> found = new LinkedHashSet<>();
        finding.figures().forEach((name, value) -> {
            if (name.startsWith("previous") && value instanceof String written) {
                Matcher place = PLACE.matcher(written);
                while (place.find()) {
                    Optional.ofNullable(items.get(place.group())).ifPresent(found::add);
                }
            }
        });
        if (found.isEmpty() && finding.figures().get("previousName") instanceof String previousName) {
            items.values().stream().filter(item -> Names.normalize(item.name()).equals(Names.normalize(previousName)))
                    .forEach(found::add);
        }
        return found.stream().map(item -> new Related(item.position(), "前期の「" + item.name() + "」",
                "the previous period's \u201c" + item.name() + "\u201d")).toList();
    }

    private record Item(String name, SourcePosition position) {
    }

    /** The previous strategy's goals, measures and sub-measures by their place (基本目標2②), made once. */
    private Map<String, Item> previousItems() {
        if (previousItems == null) {
            previousItems = new LinkedHashMap<>();
            for (BasicGoal goal : previous.orElseThrow().goals()) {
                previousItems.put(new Place(goal.number(), 0, 0).written(), new Item(goal.name(), goal.position()));
                for (Measure measure : goal.measures()) {
                    previousItems.put(new Place(goal.number(), measure.number(), 0).written(),
                            new Item(measure.name(), measure.position()));
                    for (SubMeasure sub : measure.subMeasures()) {
                        previousItems.put(new Place(goal.number(), measure.number(), sub.number()).written(),
                                new Item(sub.name(), sub.position()));
                    }
                }
            }
        }
        return previousItems;
    }

    private static boolean at(SourcePosition position, Subject subject) {
        return position.file().equals(subject.file()) && position.line() == subject.line();
    }
}
