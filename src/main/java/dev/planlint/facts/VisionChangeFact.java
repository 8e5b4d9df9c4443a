package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.path.Ratios;

import java.math.BigDecimal;

/**
 * A population-vision target of this period set against the previous period's vision: for fertility and migration
 * the previous target of the same value (to see whether it was postponed), for the future population the previous
 * path interpolated at the same year.
 */
public final class VisionChangeFact {

    private final Subject subject;
    private final String kind;
    private final String value;
    private final int year;
    private final int previousYear;
    private final BigDecimal population;
    private final BigDecimal previousPathPopulation;

    VisionChangeFact(Subject subject, String kind, String value, int year, int previousYear, BigDecimal population,
                     BigDecimal previousPathPopulation) {
        this.subject = subject;
        this.kind = kind;
        this.value = value;
        this.year = year;
        this.previousYear = previousYear;
        this.population = population;
        this.previousPathPopulation = previousPathPopulation;
    }

    public Subject getSubject() {
        return subject;
    }

    /** fertility, migration or population. */
    public String getKind() {
        return kind;
    }

    /** The target as written: 1.8, or the migration changes. */
    public String getValue() {
        return value;
    }

    public int getYear() {
        return year;
    }

    /** The year the previous period set for the same value; 0 when it set none. */
    public int getPreviousYear() {
        return previousYear;
    }

    public int getPostponedYears() {
        return previousYear == 0 ? 0 : year - previousYear;
    }

    public BigDecimal getPopulation() {
        return population;
    }

    /** The previous vision's population at this year, interpolated between its target years; null outside them. */
    public BigDecimal getPreviousPathPopulation() {
        return previousPathPopulation;
    }

    public BigDecimal getPopulationDifference() {
        return population == null || previousPathPopulation == null ? null
                : population.subtract(previousPathPopulation);
    }

    /** The future population differs from the previous vision's path at the same year. */
    public boolean isPopulationRevised() {
        BigDecimal difference = getPopulationDifference();
        return difference != null && difference.signum() != 0;
    }

    public BigDecimal getPopulationDifferenceRate() {
        BigDecimal difference = getPopulationDifference();
        return difference == null ? null : Ratios.divide(difference, previousPathPopulation);
    }

    @Override
    public String toString() {
        return "VisionChangeFact[" + kind + " " + year + "]";
    }
}
