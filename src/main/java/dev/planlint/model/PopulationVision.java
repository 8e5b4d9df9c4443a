package dev.planlint.model;

import java.util.List;

/** The population vision (人口ビジョン) a strategy rests on. */
public record PopulationVision(
        List<VisionTarget> fertility,
        List<MigrationTarget> migration,
        List<VisionTarget> population,
        List<ImpactLevel> impacts) {

    public PopulationVision {
        fertility = List.copyOf(fertility);
        migration = List.copyOf(migration);
        population = List.copyOf(population);
        impacts = List.copyOf(impacts);
    }
}
