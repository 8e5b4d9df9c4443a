package dev.planlint.check;

import dev.planlint.facts.Relistings;
import dev.planlint.link.PeriodLinker;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLink;
import dev.planlint.model.Names;
import dev.planlint.model.PeriodLinks;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.StructureChange;
import dev.planlint.model.Subject;
import dev.planlint.model.SubMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The other lines a finding is about, for an editor to show beside it: for a between-period finding, the previous
 * period's KPI, goal, measure or sub-measure it compares with; for a finding on a re-listed sub-measure (再掲), the
 * sub-measure it repeats. The links are the same {@link PeriodLinker} links the rules were given.
 */
public final class RelatedPlaces {

    /** A related line and what it is, in both languages. */
    public record Related(SourcePosition position, String messageJa, String messageEn) {
        public String message(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? messageJa : messageEn;
        }
    }

    private final Strategy current;
    private final Optional<Strategy> previous;
    private PeriodLinks links;

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
                previousKpis(subject).forEach(old -> related.add(new Related(old.position(),
                        "前期の指標「" + old.name() + "」", "the previous period's KPI \u201c" + old.name() + "\u201d")));
            } else if (level(subject.kind()) != null) {
                previousItems(subject).forEach(old -> related.add(new Related(old.position(),
                        "前期の「" + old.name() + "」", "the previous period's \u201c" + old.name() + "\u201d")));
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

    /** The previous KPIs the subject's link follows: of the KPI on the subject's line, or the old KPI it names. */
    private List<Kpi> previousKpis(Subject subject) {
        return links().kpis().stream().filter(link -> link.previous().isPresent())
                .filter(link -> link.current().map(kpi -> at(kpi.position(), subject))
                        .orElse(link.kind() != KpiLink.Kind.ADDED
                                && Names.normalize(link.previous().get().name()).equals(Names.normalize(subject.name()))))
                .map(link -> link.previous().get()).toList();
    }

    private List<StructureChange.Address> previousItems(Subject subject) {
        StructureChange.Level level = level(subject.kind());
        return links().structure(level).stream()
                .filter(change -> change.current().map(address -> at(address.position(), subject))
                        .orElse(change.previous().map(address -> address.name().equals(subject.name())).orElse(false)))
                .flatMap(change -> change.previousItems().stream()).toList();
    }

    private static StructureChange.Level level(Subject.Kind kind) {
        return switch (kind) {
            case GOAL -> StructureChange.Level.GOAL;
            case MEASURE -> StructureChange.Level.MEASURE;
            case SUB_MEASURE -> StructureChange.Level.SUB_MEASURE;
            default -> null;
        };
    }

    private static boolean at(SourcePosition position, Subject subject) {
        return position.file().equals(subject.file()) && position.line() == subject.line();
    }

    private PeriodLinks links() {
        if (links == null) {
            links = PeriodLinker.link(previous.orElseThrow(), current);
        }
        return links;
    }
}
