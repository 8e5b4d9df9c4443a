package dev.planlint.path;

import dev.planlint.model.Aggregate;
import dev.planlint.model.Observation;
import dev.planlint.model.PopulationVision;
import dev.planlint.model.VisionTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The path of the population vision (人口の将来目標) and where the newest actual population stands on it: a straight
 * line from the earliest actual population (the vision's starting point, usually a census) through each population
 * target in year order, read at the year of the newest actual. A population above the path is better (a vision
 * target is the population a city means to keep at least), so {@link #difference()} below zero is behind. Only
 * single-year actuals in the targets' unit and not after the as-of date count; without two of them, or with the
 * newest past the last target, there is nothing to judge.
 */
public record PopulationPath(Observation start, Observation latest, VisionTarget nextTarget, BigDecimal pathValue) {

    public static Optional<PopulationPath> of(PopulationVision vision, LocalDate asOf) {
        if (vision.population().isEmpty()) {
            return Optional.empty();
        }
        String unit = vision.population().get(0).value().unit();
        List<Observation> known = known(vision, asOf);
        if (known.size() < 2) {
            return Optional.empty();
        }
        Observation start = known.get(0);
        Observation latest = known.get(known.size() - 1);
        int latestYear = latest.time().toYear();
        List<VisionTarget> ahead = vision.population().stream()
                .filter(target -> target.value().unit().equals(unit) && target.time().toYear() > start.time().toYear())
                .sorted(Comparator.comparingInt(target -> target.time().toYear()))
                .toList();
        int fromYear = start.time().toYear();
        BigDecimal fromValue = start.value().baseValue();
        for (VisionTarget target : ahead) {
            int toYear = target.time().toYear();
            if (latestYear <= toYear) {
                BigDecimal share = BigDecimal.valueOf(latestYear - fromYear)
                        .divide(BigDecimal.valueOf(toYear - fromYear), Ratios.CONTEXT);
                BigDecimal path = fromValue.add(target.value().baseValue().subtract(fromValue).multiply(share))
                        .round(Ratios.CONTEXT).stripTrailingZeros();
                return latestYear == fromYear ? Optional.empty()
                        : Optional.of(new PopulationPath(start, latest, target, path));
            }
            fromYear = toYear;
            fromValue = target.value().baseValue();
        }
        return Optional.empty();
    }

    /**
     * The actual populations that count, oldest first: single years in the targets' unit, not after {@code asOf};
     * the last is the newest actual every report shows.
     */
    public static List<Observation> known(PopulationVision vision, LocalDate asOf) {
        if (vision.population().isEmpty()) {
            return List.of();
        }
        String unit = vision.population().get(0).value().unit();
        return vision.populationActuals().stream()
                .filter(actual -> actual.time().aggregate() == Aggregate.POINT && !actual.time().isRange())
                .filter(actual -> actual.value().unit().equals(unit))
                .filter(actual -> !actual.time().endDate().isAfter(asOf))
                .sorted(KpiPath.IN_TIME)
                .toList();
    }

    public int startYear() {
        return start.time().toYear();
    }

    public int latestYear() {
        return latest.time().toYear();
    }

    public BigDecimal latestValue() {
        return latest.value().baseValue();
    }

    /** The newest actual minus the path's value for its year: below zero, the population is behind the vision. */
    public BigDecimal difference() {
        return latestValue().subtract(pathValue).stripTrailingZeros();
    }

    /** The difference as a share of the path's value. */
    public BigDecimal differenceRate() {
        return Ratios.divide(difference(), pathValue);
    }

    public boolean isBehind() {
        return difference().signum() < 0;
    }

    public String unit() {
        return latest.value().unit();
    }

    /** The label of the target the path leads to (総人口), or empty. */
    public String targetLabel() {
        return nextTarget.label().orElse("");
    }
}
