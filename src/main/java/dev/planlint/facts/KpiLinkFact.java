package dev.planlint.facts;

import dev.planlint.link.KpiLink;
import dev.planlint.model.Aggregate;
import dev.planlint.model.Direction;
import dev.planlint.model.Kpi;
import dev.planlint.model.Names;
import dev.planlint.model.Observation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A KPI of the previous period followed into this one (or a KPI new in this one), with both periods' figures
 * side by side, so that the between-period rules need no joins. The subject is the current KPI; for a previous KPI
 * with no successor, the 前期戦略 line of the current strategy.
 */
public final class KpiLinkFact {

    private final Subject subject;
    private final KpiLink.Kind kind;
    private final KpiLink.Basis basis;
    private final String previousName;
    private final int previousGoal;
    private final int currentGoal;
    private final String previousUnit;
    private final String currentUnit;
    private final String previousDefinition;
    private final String currentDefinition;
    private final Direction direction;
    private final BigDecimal previousBaseline;
    private final int previousBaselineYear;
    private final BigDecimal previousTarget;
    private final BigDecimal previousTargetAnnual;
    private final int previousTargetYear;
    private final boolean previousCumulative;
    private final BigDecimal currentTargetAnnual;
    private final int currentTargetYear;
    private final BigDecimal latestValue;
    private final int latestValueYear;
    private final BigDecimal previousActualAtCurrentBaseline;
    private final BigDecimal currentBaseline;
    private final int currentBaselineYear;
    private final String dropReason;

    KpiLinkFact(Subject subject, KpiLink link) {
        this.subject = subject;
        this.kind = link.kind();
        this.basis = link.basis();
        Optional<Kpi> previous = link.previous();
        Optional<Kpi> current = link.current();
        this.previousName = previous.map(Kpi::name).orElse(null);
        this.previousGoal = link.previousGoal();
        this.currentGoal = link.currentGoal();
        this.previousUnit = previous.map(kpi -> kpi.target().value().unit()).orElse(null);
        this.currentUnit = current.map(kpi -> kpi.target().value().unit()).orElse(null);
        this.previousDefinition = previous.flatMap(Kpi::definition).orElse("");
        this.currentDefinition = current.flatMap(Kpi::definition).orElse("");
        this.direction = current.map(Kpi::direction).filter(d -> d != Direction.UNDECLARED)
                .or(() -> previous.map(Kpi::direction)).orElse(Direction.UNDECLARED);
        this.previousBaseline = previous.map(kpi -> kpi.baseline().value().baseValue()).orElse(null);
        this.previousBaselineYear = previous.map(kpi -> kpi.baseline().time().toYear()).orElse(0);
        this.previousTarget = previous.map(kpi -> kpi.target().value().baseValue()).orElse(null);
        this.previousTargetAnnual = previous.map(KpiLinkFact::annualTarget).orElse(null);
        this.previousTargetYear = previous.map(kpi -> kpi.target().time().toYear()).orElse(0);
        this.previousCumulative = previous.map(kpi -> kpi.target().time().aggregate() == Aggregate.CUMULATIVE)
                .orElse(false);
        this.currentTargetAnnual = current.map(KpiLinkFact::annualTarget).orElse(null);
        this.currentTargetYear = current.map(kpi -> kpi.target().time().toYear()).orElse(0);
        Optional<Observation> latest = latest(previous, kind == KpiLink.Kind.CONTINUED ? current : Optional.empty());
        this.latestValue = latest.map(observation -> observation.value().baseValue()).orElse(null);
        this.latestValueYear = latest.map(observation -> observation.time().toYear()).orElse(0);
        this.currentBaseline = current.map(kpi -> kpi.baseline().value().baseValue()).orElse(null);
        this.currentBaselineYear = current.map(kpi -> kpi.baseline().time().toYear()).orElse(0);
        this.previousActualAtCurrentBaseline = current.map(Kpi::baseline)
                .filter(baseline -> baseline.time().aggregate() == Aggregate.POINT)
                .flatMap(baseline -> previous.flatMap(kpi -> kpi.actuals().stream()
                        .filter(actual -> actual.time().aggregate() == Aggregate.POINT
                                && actual.time().toYear() == baseline.time().toYear()
                                && actual.time().kind() == baseline.time().kind()
                                && actual.value().unit().equals(baseline.value().unit()))
                        .findFirst()))
                .map(actual -> actual.value().baseValue()).orElse(null);
        this.dropReason = link.dropReason().orElse(null);
    }

    private static BigDecimal annualTarget(Kpi kpi) {
        BigDecimal target = kpi.target().value().baseValue();
        if (kpi.target().time().aggregate() != Aggregate.CUMULATIVE) {
            return target;
        }
        return Ratios.divide(target, BigDecimal.valueOf(kpi.target().time().yearCount()));
    }

    /**
     * The newest single-year value known of the indicator: the previous period's actuals and, for a continued KPI,
     * the current baseline and actuals, in the previous period's unit. Values in another unit are not comparable.
     */
    private static Optional<Observation> latest(Optional<Kpi> previous, Optional<Kpi> current) {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        String unit = previous.get().target().value().unit();
        Stream<Observation> known = Stream.concat(previous.get().actuals().stream(),
                current.stream().flatMap(kpi -> Stream.concat(Stream.of(kpi.baseline()), kpi.actuals().stream())));
        return known.filter(observation -> observation.time().aggregate() == Aggregate.POINT)
                .filter(observation -> observation.value().unit().equals(unit))
                .max(Comparator.comparingInt((Observation observation) -> observation.time().toYear()));
    }

    public Subject getSubject() {
        return subject;
    }

    public KpiLink.Kind getKind() {
        return kind;
    }

    public KpiLink.Basis getBasis() {
        return basis;
    }

    public String getName() {
        return subject.name();
    }

    public String getPreviousName() {
        return previousName;
    }

    public int getPreviousGoal() {
        return previousGoal;
    }

    public int getCurrentGoal() {
        return currentGoal;
    }

    public String getPreviousUnit() {
        return previousUnit;
    }

    public String getCurrentUnit() {
        return currentUnit;
    }

    /** Both periods count the indicator in the same base unit. */
    public boolean isSameUnit() {
        return previousUnit != null && Objects.equals(previousUnit, currentUnit);
    }

    public String getPreviousDefinition() {
        return previousDefinition;
    }

    public String getCurrentDefinition() {
        return currentDefinition;
    }

    /**
     * Both periods state a definition and they differ, beyond full-width/half-width forms and spacing. A definition
     * stated for the first time is not a change.
     */
    public boolean isDefinitionChanged() {
        return !previousDefinition.isEmpty() && !currentDefinition.isEmpty()
                && !Names.normalize(previousDefinition).equals(Names.normalize(currentDefinition));
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getPreviousBaseline() {
        return previousBaseline;
    }

    public int getPreviousBaselineYear() {
        return previousBaselineYear;
    }

    public BigDecimal getPreviousTarget() {
        return previousTarget;
    }

    /** The previous target as a yearly level: a cumulative target divided by its years. */
    public BigDecimal getPreviousTargetAnnual() {
        return previousTargetAnnual;
    }

    public int getPreviousTargetYear() {
        return previousTargetYear;
    }

    public boolean isPreviousCumulative() {
        return previousCumulative;
    }

    public BigDecimal getCurrentTargetAnnual() {
        return currentTargetAnnual;
    }

    public int getCurrentTargetYear() {
        return currentTargetYear;
    }

    /** How the new yearly target compares with the old one, as a share of the old: (new − old) / old. */
    public BigDecimal getTargetRevision() {
        if (currentTargetAnnual == null || previousTargetAnnual == null) {
            return null;
        }
        return Ratios.divide(currentTargetAnnual.subtract(previousTargetAnnual), previousTargetAnnual);
    }

    /** The newest single-year value of the indicator known from either strategy; null when none is comparable. */
    public BigDecimal getLatestValue() {
        return latestValue;
    }

    public int getLatestValueYear() {
        return latestValueYear;
    }

    /** The newest value known is for the previous target's year or later: the old target's outcome is known. */
    public boolean isFinalValueKnown() {
        return latestValue != null && latestValueYear >= previousTargetYear;
    }

    /**
     * The previous period's achievement rate (A − B) / (T − B) × 100 with the newest known value as A; null for
     * cumulative targets, a target equal to its baseline, or no comparable value.
     */
    public BigDecimal getPreviousAchievementRate() {
        if (latestValue == null || previousCumulative || previousTarget == null) {
            return null;
        }
        return Ratios.percentOf(latestValue, previousBaseline, previousTarget, previousBaseline);
    }

    /** For a cumulative previous target: the newest yearly value against the yearly pace it needed. */
    public BigDecimal getPreviousPace() {
        if (latestValue == null || !previousCumulative) {
            return null;
        }
        return Ratios.divide(latestValue, previousTargetAnnual);
    }

    public BigDecimal getCurrentBaseline() {
        return currentBaseline;
    }

    public int getCurrentBaselineYear() {
        return currentBaselineYear;
    }

    /** The previous period's actual for the year of the current baseline, or null when it has none. */
    public BigDecimal getPreviousActualAtCurrentBaseline() {
        return previousActualAtCurrentBaseline;
    }

    public String getDropReason() {
        return dropReason;
    }

    @Override
    public String toString() {
        return "KpiLinkFact[" + kind + " " + subject.name() + "]";
    }
}
