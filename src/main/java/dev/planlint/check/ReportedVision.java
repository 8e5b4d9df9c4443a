package dev.planlint.check;

import dev.planlint.model.Observation;
import dev.planlint.model.PopulationVision;
import dev.planlint.model.VisionTarget;
import dev.planlint.path.PopulationPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The population vision (人口ビジョン) as every report shows it: its population targets (令和22(2040)年の総人口13万人),
 * the actual populations that count (the newest last), and the path the rules judged it on, all from
 * {@link PopulationPath}, so that every format shows the same figures.
 */
public record ReportedVision(List<VisionTarget> targets, List<Observation> actuals,
                             Optional<PopulationPath> path) {

    public ReportedVision {
        targets = List.copyOf(targets);
        actuals = List.copyOf(actuals);
    }

    /** The newest actual population that counts. */
    public Optional<Observation> latest() {
        return actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(actuals.size() - 1));
    }

    /** The vision of a strategy as of {@code asOf}; empty when it states no population target. */
    public static Optional<ReportedVision> of(PopulationVision vision, LocalDate asOf) {
        if (vision.population().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportedVision(vision.population(), PopulationPath.known(vision, asOf),
                PopulationPath.of(vision, asOf)));
    }

    /** The path's value at the latest actual's year, where the path leads to {@code target}. */
    public Optional<PopulationPath> pathTowards(VisionTarget target) {
        return path.filter(on -> on.nextTarget().equals(target));
    }
}
