package dev.planlint.model;

import java.util.List;

/** Everything followed from a previous period's strategy to its successor. */
public record PeriodLinks(List<KpiLink> kpis, List<StructureChange> structure, List<DanglingLink> dangling) {

    public PeriodLinks {
        kpis = List.copyOf(kpis);
        structure = List.copyOf(structure);
        dangling = List.copyOf(dangling);
    }

    public List<StructureChange> structure(StructureChange.Level level) {
        return structure.stream().filter(change -> change.level() == level).toList();
    }
}
