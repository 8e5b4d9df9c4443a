package dev.planlint.link;

import dev.planlint.model.DanglingLink;

import dev.planlint.model.PeriodLinks;

import dev.planlint.model.KpiLink;

import dev.planlint.model.Strategy;

import java.util.ArrayList;
import java.util.List;

/** Links a strategy to the one it succeeds: its KPIs, goals, measures and sub-measures. */
public final class PeriodLinker {

    private PeriodLinker() {
    }

    public static PeriodLinks link(Strategy previous, Strategy current) {
        List<DanglingLink> dangling = new ArrayList<>();
        List<KpiLink> kpis = KpiLinker.link(previous, current, dangling);
        return new PeriodLinks(kpis, StructureLinker.link(previous, current, kpis), dangling);
    }
}
