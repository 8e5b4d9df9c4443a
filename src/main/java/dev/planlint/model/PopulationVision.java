package dev.planlint.model;

import java.util.List;

/**
 * The population vision (人口ビジョン) a strategy rests on, with the actual population values written under its
 * population line (実績：16万5千人(R2年)), by which the path towards the population targets is judged.
 */
public record PopulationVision(
        List<VisionTarget> fertility,
        List<MigrationTarget> migration,
        List<VisionTarget> population,
        List<ImpactLevel> impacts,
        List<Observation> populationActuals) {

    public PopulationVision {
        fertility = List.copyOf(fertility);
        migration = List.copyOf(migration);
        population = List.copyOf(population);
        impacts = List.copyOf(impacts);
        populationActuals = List.copyOf(populationActuals);
    }
}
