package dev.planlint.facts;

import dev.planlint.model.Aggregate;
import dev.planlint.model.Bound;
import dev.planlint.model.Direction;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.model.TimeSpec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A KPI as the rules see it: its figures in base units, with everything the rules compare already computed in Java
 * (yearly actuals summarised, progress ratios of each evaluation method), so that rules need no joins. Values that
 * cannot be computed are null; the rules test for that.
 */
public final class KpiFact {

    private final Subject subject;
    private final String normalizedName;
    private final String unit;
    private final String baselineUnit;
    private final Direction direction;
    private final Bound bound;
    private final BigDecimal baseline;
    private final int baselineYear;
    private final Aggregate baselineAggregate;
    private final BigDecimal target;
    private final int targetFromYear;
    private final int targetYear;
    private final Aggregate targetAggregate;
    private final int planFromYear;
    private final int planToYear;
    private final LocalDate asOf;
    private final int actualCount;
    private final BigDecimal latestActual;
    private final int latestActualYear;
    private final BigDecimal cumulativeActual;
    private final int finishedTargetYears;
    private final String missingActualYears;
    /** Figures computed on first use and kept: the rules of every scheme ask for them, many times each. */
    private final BigDecimal[] derived = new BigDecimal[DERIVED];
    private final boolean[] known = new boolean[DERIVED];
    private static final int DERIVED = 9;

    KpiFact(Subject subject, Kpi kpi, TimeSpec period, LocalDate asOf) {
        this.subject = subject;
        this.normalizedName = kpi.normalizedName();
        this.unit = kpi.target().value().unit();
        this.baselineUnit = kpi.baseline().value().unit();
        this.direction = kpi.direction();
        this.bound = kpi.target().bound();
        this.baseline = kpi.baseline().value().baseValue();
        this.baselineYear = kpi.baseline().time().toYear();
        this.baselineAggregate = kpi.baseline().time().aggregate();
        this.target = kpi.target().value().baseValue();
        this.targetFromYear = kpi.target().time().fromYear();
        this.targetYear = kpi.target().time().toYear();
        this.targetAggregate = kpi.target().time().aggregate();
        this.planFromYear = period.fromYear();
        this.planToYear = period.toYear();
        this.asOf = asOf;
        List<Observation> known = kpi.actuals().stream()
                .filter(actual -> actual.time().aggregate() == Aggregate.POINT)
                .filter(actual -> !actual.time().endDate().isAfter(asOf))
                .sorted((a, b) -> Integer.compare(a.time().toYear(), b.time().toYear()))
                .toList();
        this.actualCount = known.size();
        Observation latest = known.isEmpty() ? null : known.get(known.size() - 1);
        this.latestActual = latest == null ? null : latest.value().baseValue();
        this.latestActualYear = latest == null ? 0 : latest.time().toYear();
        this.cumulativeActual = known.stream()
                .filter(actual -> actual.time().toYear() >= targetFromYear && actual.time().toYear() <= targetYear)
                .map(actual -> actual.value().baseValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        this.finishedTargetYears = finishedYears(kpi.target().time(), targetFromYear, targetYear, asOf).size();
        Set<Integer> measured = known.stream().map(actual -> actual.time().toYear()).collect(Collectors.toSet());
        this.missingActualYears = finishedYears(kpi.target().time(), planFromYear, planToYear, asOf).stream()
                .filter(year -> !measured.contains(year))
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    /** The years from {@code from} to {@code to} whose end, counted in the kind of {@code like}, is before asOf. */
    private static Set<Integer> finishedYears(TimeSpec like, int from, int to, LocalDate asOf) {
        Set<Integer> years = new TreeSet<>();
        for (int year = from; year <= to; year++) {
            TimeSpec single = new TimeSpec(like.kind(), year, year, Aggregate.POINT, "");
            if (!single.endDate().isAfter(asOf)) {
                years.add(year);
            }
        }
        return years;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getName() {
        return subject.name();
    }

    public String getNormalizedName() {
        return normalizedName;
    }

    public int getGoal() {
        return subject.goal();
    }

    public String getTargetUnit() {
        return unit;
    }

    public String getBaselineUnit() {
        return baselineUnit;
    }

    public Direction getDirection() {
        return direction;
    }

    public Bound getBound() {
        return bound;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    /** The last year of the baseline (for an average over H26～30年度, 2018). */
    public int getBaselineYear() {
        return baselineYear;
    }

    public Aggregate getBaselineAggregate() {
        return baselineAggregate;
    }

    /** A baseline that is a yearly level: one year, or a yearly average. */
    public boolean isBaselineAnnual() {
        return baselineAggregate != Aggregate.CUMULATIVE;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public int getTargetFromYear() {
        return targetFromYear;
    }

    /** The year the target is for; for a range, its last year. */
    public int getTargetYear() {
        return targetYear;
    }

    public Aggregate getTargetAggregate() {
        return targetAggregate;
    }

    public boolean isCumulative() {
        return targetAggregate == Aggregate.CUMULATIVE;
    }

    public int getTargetYears() {
        return targetYear - targetFromYear + 1;
    }

    /** The target as a yearly level: a cumulative target divided by its years, any other target as it is. */
    public BigDecimal getTargetAnnual() {
        return derived(0, this::computeTargetAnnual);
    }

    private BigDecimal computeTargetAnnual() {
        return isCumulative() ? Ratios.divide(target, BigDecimal.valueOf(getTargetYears())) : target;
    }

    public int getPlanFromYear() {
        return planFromYear;
    }

    public int getPlanToYear() {
        return planToYear;
    }

    /** Years from the baseline to the target. */
    public int getYearsToTarget() {
        return targetYear - baselineYear;
    }

    /** The change a year the target asks for: (T − B) / years; null for cumulative targets or no years. */
    public BigDecimal getRequiredAnnualChange() {
        if (isCumulative() || getYearsToTarget() <= 0) {
            return null;
        }
        return Ratios.divide(target.subtract(baseline), BigDecimal.valueOf(getYearsToTarget()));
    }

    /** The compound growth a year the target asks for, (T / B)^(1 / years) − 1; null where undefined. */
    public BigDecimal getRequiredAnnualGrowth() {
        return derived(1, this::computeRequiredAnnualGrowth);
    }

    private BigDecimal computeRequiredAnnualGrowth() {
        if (isCumulative()) {
            return null;
        }
        return Ratios.compoundAnnualGrowth(baseline, target, getYearsToTarget());
    }

    /** The required growth without its sign, for comparing with a threshold. */
    public BigDecimal getRequiredAnnualGrowthSize() {
        BigDecimal growth = getRequiredAnnualGrowth();
        return growth == null ? null : growth.abs();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** How many actual values are known as of the evaluation date. */
    public int getActualCount() {
        return actualCount;
    }

    /** The newest actual value known as of the evaluation date, or null. */
    public BigDecimal getLatestActual() {
        return latestActual;
    }

    public int getLatestActualYear() {
        return latestActualYear;
    }

    /** The sum of the known actuals within a cumulative target's years. */
    public BigDecimal getCumulativeActual() {
        return cumulativeActual;
    }

    /** How many of the target's years have ended as of the evaluation date. */
    public int getFinishedTargetYears() {
        return finishedTargetYears;
    }

    /** The plan years that have ended without an actual value, as "2025, 2026"; empty when none. */
    public String getMissingActualYears() {
        return missingActualYears;
    }

    /** Achievement rate (A − B) / (T − B) × 100 for a point target with an actual; else null. */
    public BigDecimal getAchievementRate() {
        return derived(2, this::computeAchievementRate);
    }

    private BigDecimal computeAchievementRate() {
        if (latestActual == null || isCumulative() || bound != Bound.POINT) {
            return null;
        }
        return Ratios.percentOf(latestActual, baseline, target, baseline);
    }

    /** The share of the time from baseline to target that has passed at the latest actual (0 to 1). */
    public BigDecimal getElapsedShare() {
        return derived(3, this::computeElapsedShare);
    }

    private BigDecimal computeElapsedShare() {
        if (latestActual == null || getYearsToTarget() <= 0) {
            return null;
        }
        return Ratios.divide(BigDecimal.valueOf(latestActualYear - baselineYear),
                BigDecimal.valueOf(getYearsToTarget()));
    }

    /** Progress as a share of the way from baseline to target (A − B) / (T − B); null where undefined. */
    public BigDecimal getProgressShare() {
        BigDecimal rate = getAchievementRate();
        return rate == null ? null : rate.movePointLeft(2);
    }

    /**
     * Tama City: progress against the pro-rata expectation (progress share / elapsed share), computed from the exact
     * differences (A − B)(tT − tB) / ((T − B)(t − tB)) rather than from the two rounded shares, so that the figure is
     * right to its last digit.
     */
    public BigDecimal getProRataRatio() {
        return derived(4, this::computeProRataRatio);
    }

    private BigDecimal computeProRataRatio() {
        if (isCumulative()) {
            return getCumulativePace();
        }
        if (getProgressShare() == null || getElapsedShare() == null) {
            return null;
        }
        return Ratios.divide(latestActual.subtract(baseline).multiply(BigDecimal.valueOf(getYearsToTarget())),
                target.subtract(baseline).multiply(BigDecimal.valueOf(latestActualYear - baselineYear)));
    }

    /** A cumulative target's sum so far against the pro-rata sum for the years ended. */
    public BigDecimal getCumulativePace() {
        return derived(5, this::computeCumulativePace);
    }

    private BigDecimal computeCumulativePace() {
        if (!isCumulative() || finishedTargetYears == 0) {
            return null;
        }
        BigDecimal expected = target.multiply(BigDecimal.valueOf(finishedTargetYears))
                .divide(BigDecimal.valueOf(getTargetYears()), Ratios.CONTEXT);
        return Ratios.divide(cumulativeActual, expected);
    }

    /** Nagayo Town: the actual's change from the baseline as a share of the baseline (A − B) / B. */
    public BigDecimal getChangeFromBaseline() {
        return derived(6, this::computeChangeFromBaseline);
    }

    private BigDecimal computeChangeFromBaseline() {
        if (latestActual == null) {
            return null;
        }
        return Ratios.divide(latestActual.subtract(baseline), baseline);
    }

    /**
     * Nagayo Town: the change from the baseline counted in the declared direction, so that a positive value is an
     * improvement: (A − B) / B, negated where lower is better; null without an actual or a rising or falling direction.
     */
    public BigDecimal getDirectedChangeFromBaseline() {
        BigDecimal change = getChangeFromBaseline();
        if (change == null || direction == Direction.HIGHER_IS_BETTER) {
            return change;
        }
        return direction == Direction.LOWER_IS_BETTER ? change.negate() : null;
    }

    /** Eurostat: the actual compound growth a year, (A / B)^(1 / (t − tB)) − 1. */
    public BigDecimal getActualAnnualGrowth() {
        return derived(7, this::computeActualAnnualGrowth);
    }

    private BigDecimal computeActualAnnualGrowth() {
        if (latestActual == null) {
            return null;
        }
        return Ratios.compoundAnnualGrowth(baseline, latestActual, latestActualYear - baselineYear);
    }

    /** Eurostat: actual against required compound growth; null where either is undefined or nothing is required. */
    public BigDecimal getGrowthRatio() {
        return derived(8, this::computeGrowthRatio);
    }

    private BigDecimal computeGrowthRatio() {
        return Ratios.divide(getActualAnnualGrowth(), getRequiredAnnualGrowth());
    }

    /** Why the Eurostat growth ratio cannot be computed, or null when it can. */
    public String getGrowthRatioProblem() {
        if (latestActual == null || isCumulative()) {
            return null;
        }
        if (latestActualYear <= baselineYear) {
            return "too-few-points";
        }
        if (baseline.signum() == 0) {
            return "zero-baseline";
        }
        if (baseline.signum() != target.signum() || baseline.signum() != latestActual.signum()) {
            return "mixed-signs";
        }
        if (target.compareTo(baseline) == 0) {
            return "no-change-required";
        }
        return null;
    }

    /** Facts are evaluated in one session, on one thread. */
    private BigDecimal derived(int slot, Supplier<BigDecimal> figure) {
        if (!known[slot]) {
            derived[slot] = figure.get();
            known[slot] = true;
        }
        return derived[slot];
    }

    @Override
    public String toString() {
        return "KpiFact[" + subject.name() + "]";
    }
}
