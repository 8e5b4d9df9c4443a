package dev.planlint.check;

import dev.planlint.engine.RuleEngine;
import dev.planlint.facts.KpiFact;
import dev.planlint.facts.KpiLinkFact;
import dev.planlint.facts.KpiStatus;
import dev.planlint.facts.Settings;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLink;
import dev.planlint.model.Strategy;
import dev.planlint.model.Subject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the previous-period review (前期の検証): a row for every KPI of the previous strategy, in the order it was
 * written, each on the path the between-period rules judged its outcome on, graded by the scheme rules the way the
 * current KPIs are, with what became of it.
 */
final class PreviousReview {

    private PreviousReview() {
    }

    /** {@code linkFacts}: the between-period facts of the comparison, one per link, each with the old KPI's path. */
    static List<PreviousKpiReview> of(Strategy previous, List<KpiLinkFact> linkFacts, Settings settings,
                                      RuleEngine engine) {
        Map<String, List<KpiLinkFact>> byPrevious = new LinkedHashMap<>();
        linkFacts.stream().filter(fact -> fact.getPrevious() != null).forEach(fact -> byPrevious
                .computeIfAbsent(fact.getLink().previous().orElseThrow().normalizedName(), name -> new ArrayList<>())
                .add(fact));
        List<Object> grading = new ArrayList<>();
        grading.add(settings);
        Map<Kpi, KpiFact> graded = new LinkedHashMap<>();
        for (Kpi kpi : previous.kpis().toList()) {
            List<KpiLinkFact> links = byPrevious.get(kpi.normalizedName());
            if (links != null && !graded.containsKey(kpi)) {
                KpiFact fact = StrategyFacts.previousKpi(previous, kpi, links.get(0).getPrevious(), settings);
                graded.put(kpi, fact);
                grading.add(fact);
            }
        }
        Map<Subject, Grading> grades = new HashMap<>();
        for (KpiStatus status : engine.grade(grading)) {
            grades.putIfAbsent(status.getSubject(), new Grading(status.getScheme(), status.getGrade(),
                    status.getFigure()));
        }
        List<KpiLink> allLinks = linkFacts.stream().map(KpiLinkFact::getLink).toList();
        List<PreviousKpiReview> rows = new ArrayList<>();
        graded.forEach((kpi, fact) -> rows.add(row(kpi, fact, byPrevious.get(kpi.normalizedName()), allLinks,
                Optional.ofNullable(grades.get(fact.getSubject())))));
        return rows;
    }

    private static PreviousKpiReview row(Kpi kpi, KpiFact fact, List<KpiLinkFact> links, List<KpiLink> allLinks,
                                         Optional<Grading> grade) {
        List<KpiLink> own = links.stream().map(KpiLinkFact::getLink).toList();
        List<String> successors = own.stream().flatMap(link -> link.current().stream()).map(Kpi::name).distinct()
                .toList();
        KpiLink first = own.get(0);
        PreviousKpiReview.Fate fate;
        List<String> mergedWith = List.of();
        switch (first.kind()) {
            case CONTINUED -> fate = PreviousKpiReview.Fate.CONTINUED;
            case DROPPED -> fate = PreviousKpiReview.Fate.DROPPED;
            case REPLACED -> {
                if (successors.size() > 1) {
                    fate = PreviousKpiReview.Fate.SPLIT;
                } else {
                    Kpi successor = first.current().orElseThrow();
                    mergedWith = allLinks.stream()
                            .filter(link -> link.kind() == KpiLink.Kind.REPLACED
                                    && link.current().map(successor::equals).orElse(false))
                            .flatMap(link -> link.previous().stream()).map(Kpi::name)
                            .filter(name -> !name.equals(kpi.name())).distinct().toList();
                    fate = mergedWith.isEmpty() ? PreviousKpiReview.Fate.REPLACED : PreviousKpiReview.Fate.MERGED;
                }
            }
            default -> fate = PreviousKpiReview.Fate.UNACCOUNTED;
        }
        return new PreviousKpiReview(kpi, fact.getPath(), fact.getProgress(), grade, fate, successors, mergedWith,
                first.dropReason());
    }
}
