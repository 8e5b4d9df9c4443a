package dev.planlint.link;

import dev.planlint.model.DanglingLink;

import dev.planlint.model.KpiLink;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.DroppedKpi;
import dev.planlint.model.Kpi;
import dev.planlint.model.LinkKind;
import dev.planlint.model.Names;
import dev.planlint.model.PredecessorLink;
import dev.planlint.model.Strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links KPIs across periods: first what the strategy declares (前期指標：継続／置換, 廃止指標), then KPIs of the same
 * normalised name that declare nothing. Nothing else is guessed.
 */
final class KpiLinker {

    private record Placed(Kpi kpi, int goal) {
    }

    private KpiLinker() {
    }

    static List<KpiLink> link(Strategy previous, Strategy current, List<DanglingLink> dangling) {
        Map<String, Placed> before = byName(previous);
        Set<String> accounted = new HashSet<>();
        List<KpiLink> links = new ArrayList<>();
        current.overallTargets().forEach(kpi -> links.add(linkCurrent(kpi, 0, before, accounted, dangling)));
        for (BasicGoal goal : current.goals()) {
            goal.allKpis().forEach(kpi -> links.add(linkCurrent(kpi, goal.number(), before, accounted, dangling)));
            for (DroppedKpi dropped : goal.dropped()) {
                Placed old = before.get(Names.normalize(dropped.name()));
                if (old == null) {
                    dangling.add(new DanglingLink(dropped.name(), dropped.position()));
                    continue;
                }
                accounted.add(Names.normalize(dropped.name()));
                links.add(new KpiLink(KpiLink.Kind.DROPPED, KpiLink.Basis.DECLARED, Optional.of(old.kpi()),
                        old.goal(), Optional.empty(), 0, Optional.of(dropped.reason())));
            }
        }
        before.forEach((name, old) -> {
            if (!accounted.contains(name)) {
                links.add(new KpiLink(KpiLink.Kind.UNACCOUNTED, KpiLink.Basis.NONE, Optional.of(old.kpi()),
                        old.goal(), Optional.empty(), 0, Optional.empty()));
            }
        });
        return links;
    }

    private static KpiLink linkCurrent(Kpi kpi, int goal, Map<String, Placed> before, Set<String> accounted,
                                       List<DanglingLink> dangling) {
        Optional<PredecessorLink> declared = kpi.link();
        String previousName = Names.normalize(declared.map(PredecessorLink::previousName).orElse(kpi.name()));
        Placed old = before.get(previousName);
        if (old == null || accounted.contains(previousName)) {
            declared.ifPresent(link -> dangling.add(new DanglingLink(link.previousName(), link.position())));
            return new KpiLink(KpiLink.Kind.ADDED, KpiLink.Basis.NONE, Optional.empty(), 0, Optional.of(kpi), goal,
                    Optional.empty());
        }
        accounted.add(previousName);
        KpiLink.Kind kind = declared.map(link -> link.kind() == LinkKind.REPLACES ? KpiLink.Kind.REPLACED
                : KpiLink.Kind.CONTINUED).orElse(KpiLink.Kind.CONTINUED);
        KpiLink.Basis basis = declared.isPresent() ? KpiLink.Basis.DECLARED : KpiLink.Basis.SAME_NAME;
        return new KpiLink(kind, basis, Optional.of(old.kpi()), old.goal(), Optional.of(kpi), goal,
                Optional.empty());
    }

    private static Map<String, Placed> byName(Strategy strategy) {
        Map<String, Placed> byName = new LinkedHashMap<>();
        strategy.kpis().forEach(kpi -> byName.putIfAbsent(kpi.normalizedName(), new Placed(kpi, kpi.place().goal())));
        return byName;
    }
}
