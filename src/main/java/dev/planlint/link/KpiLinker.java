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
 * normalised name that declare nothing. Nothing else is guessed. A previous KPI is continued by one KPI, or replaced
 * by any number: one KPI may replace several (置換：転入者数、転出者数, one REPLACED link each) and several may
 * replace one (each its own REPLACED link), and every one of them accounts for the previous KPI. A second claim on a
 * continued KPI, or a continuation of a replaced one, is a dangling link.
 */
final class KpiLinker {

    private record Placed(Kpi kpi, int goal) {
    }

    /** The previous KPIs by normalised name, which of them any link accounts for, and which one continues. */
    private record Ledger(Map<String, Placed> before, Set<String> accounted, Set<String> continued,
                          List<DanglingLink> dangling) {
    }

    private KpiLinker() {
    }

    static List<KpiLink> link(Strategy previous, Strategy current, List<DanglingLink> dangling) {
        Ledger ledger = new Ledger(byName(previous), new HashSet<>(), new HashSet<>(), dangling);
        List<KpiLink> links = new ArrayList<>();
        current.overallTargets().forEach(kpi -> links.addAll(linkCurrent(kpi, 0, ledger)));
        for (BasicGoal goal : current.goals()) {
            goal.allKpis().forEach(kpi -> links.addAll(linkCurrent(kpi, goal.number(), ledger)));
            for (DroppedKpi dropped : goal.dropped()) {
                Placed old = ledger.before().get(Names.normalize(dropped.name()));
                if (old == null) {
                    dangling.add(new DanglingLink(dropped.name(), dropped.position()));
                    continue;
                }
                ledger.accounted().add(Names.normalize(dropped.name()));
                links.add(new KpiLink(KpiLink.Kind.DROPPED, KpiLink.Basis.DECLARED, Optional.of(old.kpi()),
                        old.goal(), Optional.empty(), 0, Optional.of(dropped.reason())));
            }
        }
        ledger.before().forEach((name, old) -> {
            if (!ledger.accounted().contains(name)) {
                links.add(new KpiLink(KpiLink.Kind.UNACCOUNTED, KpiLink.Basis.NONE, Optional.of(old.kpi()),
                        old.goal(), Optional.empty(), 0, Optional.empty()));
            }
        });
        return links;
    }

    private static List<KpiLink> linkCurrent(Kpi kpi, int goal, Ledger ledger) {
        Optional<PredecessorLink> declared = kpi.link();
        if (declared.isPresent() && declared.get().kind() == LinkKind.REPLACES) {
            return replaced(kpi, goal, declared.get(), ledger);
        }
        String previousName = Names.normalize(declared.map(PredecessorLink::previousName).orElse(kpi.name()));
        Placed old = ledger.before().get(previousName);
        if (old == null || ledger.accounted().contains(previousName)) {
            declared.ifPresent(link -> ledger.dangling().add(new DanglingLink(link.previousName(), link.position())));
            return List.of(added(kpi, goal));
        }
        ledger.accounted().add(previousName);
        ledger.continued().add(previousName);
        KpiLink.Basis basis = declared.isPresent() ? KpiLink.Basis.DECLARED : KpiLink.Basis.SAME_NAME;
        return List.of(new KpiLink(KpiLink.Kind.CONTINUED, basis, Optional.of(old.kpi()), old.goal(),
                Optional.of(kpi), goal, Optional.empty()));
    }

    /** One REPLACED link per previous KPI named; a name the previous strategy lacks is a dangling link. */
    private static List<KpiLink> replaced(Kpi kpi, int goal, PredecessorLink declared, Ledger ledger) {
        List<KpiLink> links = new ArrayList<>();
        for (String name : declared.previousNames()) {
            Placed old = ledger.before().get(Names.normalize(name));
            if (old == null || ledger.continued().contains(Names.normalize(name))) {
                ledger.dangling().add(new DanglingLink(name, declared.position()));
                continue;
            }
            ledger.accounted().add(Names.normalize(name));
            links.add(new KpiLink(KpiLink.Kind.REPLACED, KpiLink.Basis.DECLARED, Optional.of(old.kpi()), old.goal(),
                    Optional.of(kpi), goal, Optional.empty()));
        }
        return links.isEmpty() ? List.of(added(kpi, goal)) : links;
    }

    private static KpiLink added(Kpi kpi, int goal) {
        return new KpiLink(KpiLink.Kind.ADDED, KpiLink.Basis.NONE, Optional.empty(), 0, Optional.of(kpi), goal,
                Optional.empty());
    }

    private static Map<String, Placed> byName(Strategy strategy) {
        Map<String, Placed> byName = new LinkedHashMap<>();
        strategy.kpis().forEach(kpi -> byName.putIfAbsent(kpi.normalizedName(), new Placed(kpi, kpi.place().goal())));
        return byName;
    }
}
