package dev.planlint.path;

import dev.planlint.model.Aggregate;
import dev.planlint.model.Bound;
import dev.planlint.model.DecimalFormats;
import dev.planlint.model.Direction;
import dev.planlint.model.Kpi;
import dev.planlint.model.NoBaseline;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import dev.planlint.model.TargetFigure;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one KPI means as of one date, worked out once: its baseline and target as yearly levels (a total divided by
 * its years, an average kept), the sign of improvement, whether its figures are comparable, the values known at the
 * as-of date and the one latest of them, the directed quantities every rule compares (positive is better), and its
 * progress under each evaluation scheme. Rules, links and renderers read this; none of them works a figure out again.
 *
 * <p>A quantity that cannot be had (no latest value, no declared direction, units that differ) is null; progress
 * never is: a scheme that cannot judge says why ({@link Progress.CannotJudge}).
 */
public final class KpiPath {

    /**
     * The one order of values in time: by the day a value's period ends (fiscal 2019 ends on 31 March 2020, after
     * calendar 2019), then by where it was written, so that the latest value does not depend on how a line is ordered.
     */
    public static final Comparator<Observation> IN_TIME = Comparator
            .comparing((Observation observation) -> observation.time().endDate())
            .thenComparing(observation -> observation.position().line())
            .thenComparing(observation -> observation.position().column());

    private final YearKind yearKind;
    private final Direction direction;
    private final Bound bound;
    private final TargetFigure targetFigure;
    private final Quantity baselineQuantity;
    private final String targetUnit;
    private final String baselineUnit;
    private final BigDecimal baselineLevel;
    private final int baselineYear;
    private final Aggregate baselineAggregate;
    private final BigDecimal target;
    private final String baselineWhen;
    private final String targetWhen;
    private final BigDecimal targetLevel;
    private final int targetFromYear;
    private final int targetYear;
    private final Aggregate targetAggregate;
    /** The years a target written as an average is over, as written (R7～R11年度平均); null for another target. */
    private final String averageTargetSpan;
    private final LocalDate asOf;
    private final List<Observation> known;
    private final List<Integer> finishedTargetYears;
    private final BigDecimal cumulativeActual;
    private final int actualsInTargetYears;
    private final List<YearKindPair> mixedYearKinds;
    private final boolean elapsedDays;
    private final LocalDate baselineEnd;
    private final LocalDate targetEnd;
    private final Map<Scheme, Progress> progress = new EnumMap<>(Scheme.class);
    private final NameUnitClash nameUnitClash;
    private final List<LevelFromChange> levelsFromChanges = new ArrayList<>();
    private final List<Observation> changesWithoutLevel = new ArrayList<>();

    private KpiPath(Kpi kpi, LocalDate asOf, Stream<Observation> observations) {
        Optional<Observation> measured = kpi.measuredBaseline();
        Optional<TimeSpec> baselineTime = measured.map(Observation::time)
                .or(() -> kpi.baseline() instanceof NoBaseline none ? none.time() : Optional.empty());
        this.yearKind = yearKindOf(kpi.target().time(), baselineTime);
        this.targetFigure = kpi.target().figure();
        this.direction = direction(kpi.direction(), targetFigure);
        this.bound = bound(kpi.target().bound(), targetFigure, direction);
        this.baselineQuantity = measured.map(Observation::value).orElse(null);
        this.baselineUnit = measured.map(observation -> observation.value().unit()).orElse("");
        this.targetUnit = kpi.target().level().map(Quantity::unit).orElse(baselineUnit);
        // Without a level and a baseline (新規 → 10%増) no unit is written: every value counts, none is compared.
        boolean unitKnown = kpi.target().level().isPresent() || measured.isPresent();
        this.baselineLevel = measured.map(observation -> yearly(observation.value().baseValue(), observation.time()))
                .orElse(null);
        this.baselineYear = baselineTime.map(time -> time.yearAmong(yearKind)).orElse(0);
        this.baselineWhen = baselineTime.map(TimeSpec::writtenWithWesternYear).orElse(null);
        this.targetWhen = kpi.target().time().writtenWithWesternYear();
        this.baselineAggregate = measured.map(observation -> observation.time().aggregate()).orElse(Aggregate.POINT);
        this.target = impliedTarget(targetFigure, measured.map(observation -> observation.value().baseValue()),
                baselineUnit);
        this.targetLevel = target == null ? null : yearly(target, kpi.target().time());
        List<Observation> values = levels(observations.toList(), measured, levelsFromChanges, changesWithoutLevel);
        this.targetYear = kpi.target().time().yearAmong(yearKind);
        this.targetFromYear = kpi.target().time().date().isPresent() ? targetYear : kpi.target().time().fromYear();
        this.targetAggregate = kpi.target().time().aggregate();
        this.averageTargetSpan = targetAggregate == Aggregate.AVERAGE ? kpi.target().time().written() : null;
        this.asOf = asOf;
        this.known = values.stream()
                .filter(observation -> observation.time().aggregate() == Aggregate.POINT)
                .filter(observation -> !unitKnown || observation.value().unit().equals(targetUnit))
                .filter(observation -> !observation.time().endDate().isAfter(asOf))
                .sorted(IN_TIME)
                .toList();
        this.finishedTargetYears = finishedYears(kindOf(kpi.target().time()), targetFromYear, targetYear, asOf);
        this.elapsedDays = baselineTime.flatMap(TimeSpec::date).isPresent() || kpi.target().time().date().isPresent()
                || latestObservation().flatMap(latest -> latest.time().date()).isPresent();
        this.baselineEnd = baselineTime.map(TimeSpec::endDate).orElse(null);
        this.targetEnd = kpi.target().time().endDate();
        List<Observation> inTargetYears = known.stream()
                .filter(observation -> observation.time().yearAmong(yearKind) >= targetFromYear
                        && observation.time().yearAmong(yearKind) <= targetYear)
                .toList();
        this.actualsInTargetYears = inTargetYears.size();
        this.cumulativeActual = inTargetYears.stream().map(observation -> observation.value().baseValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        this.nameUnitClash = NameUnitClash.of(kpi.name(), targetUnit).orElse(null);
        this.mixedYearKinds = pairYearKinds(Stream.concat(measured.stream(), kpi.actuals().stream()),
                latestObservation());
    }

    /**
     * The KPI's own single-year values (baseline and actuals) that give a calendar-year and a fiscal-year figure for
     * the same year in the same unit, one pair a year (the last written of each kind), oldest year first.
     */
    private static List<YearKindPair> pairYearKinds(Stream<Observation> values, Optional<Observation> latest) {
        record YearAndUnit(int year, String unit) {
        }
        Map<YearAndUnit, Observation> calendar = new LinkedHashMap<>();
        Map<YearAndUnit, Observation> fiscal = new LinkedHashMap<>();
        values.filter(value -> value.time().aggregate() == Aggregate.POINT && !value.time().isRange())
                .filter(value -> value.time().kind() != YearKind.DATE && value.time().kind() != YearKind.UNSPECIFIED)
                .sorted(IN_TIME)
                .forEach(value -> (value.time().kind().isFiscal() ? fiscal : calendar)
                        .put(new YearAndUnit(value.time().toYear(), value.value().unit()), value));
        return calendar.entrySet().stream()
                .filter(entry -> fiscal.containsKey(entry.getKey()))
                .map(entry -> {
                    Observation fiscalValue = fiscal.get(entry.getKey());
                    return new YearKindPair(entry.getValue(), fiscalValue, latest.equals(Optional.of(fiscalValue)));
                })
                .sorted(Comparator.comparingInt(YearKindPair::year))
                .toList();
    }

    /** A KPI's path from its own actual values. */
    public static KpiPath of(Kpi kpi, LocalDate asOf) {
        return new KpiPath(kpi, asOf, kpi.actuals().stream());
    }

    /**
     * A previous period's KPI followed into the next period: its actual values and those the successor wrote (its
     * baseline and actual values), so that the old target's outcome is judged on the newest value known.
     */
    public static KpiPath followed(Kpi previous, Optional<Kpi> successor, LocalDate asOf) {
        Stream<Observation> later = successor.stream()
                .flatMap(kpi -> Stream.concat(kpi.measuredBaseline().stream(), kpi.actuals().stream()));
        return new KpiPath(previous, asOf, Stream.concat(previous.actuals().stream(), later));
    }

    /**
     * The target as a figure in base units: a level as written; a change or the baseline worked out on the baseline
     * (4.0%減少 is B × (1 − 0.04), 5ポイント増 B + 5, 1.2倍 B × 1.2, 現状値以上 B). Null where it implies no level: no
     * baseline, a direction only (増加), or a change in % of a KPI in % (a level, a share or points: see
     * {@link #isRelativeTargetAmbiguous()}).
     */
    private static BigDecimal impliedTarget(TargetFigure figure, Optional<BigDecimal> baseline, String baselineUnit) {
        if (figure instanceof TargetFigure.Level level) {
            return level.value().baseValue();
        }
        if (baseline.isEmpty()) {
            return null;
        }
        BigDecimal base = baseline.get();
        if (figure instanceof TargetFigure.AtBaseline) {
            return base;
        }
        if (figure instanceof TargetFigure.Change change) {
            BigDecimal signed = change.sign() < 0 ? change.amount().negate() : change.amount();
            return switch (change.kind()) {
                case PERCENT -> baselineUnit.equals("%") ? null
                        : plainScale(base.multiply(BigDecimal.ONE.add(signed.movePointLeft(2))));
                case POINTS -> plainScale(base.add(signed));
                case TIMES -> plainScale(base.multiply(change.amount()));
            };
        }
        return null;
    }

    /** Without trailing zeros and without an exponent: 960, not 960.00 or 9.6E+2. */
    private static BigDecimal plainScale(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The declared direction; where none is declared, the one a change or a direction as target says (増加, 10%増). */
    private static Direction direction(Direction declared, TargetFigure figure) {
        if (declared != Direction.UNDECLARED) {
            return declared;
        }
        int sign = figure instanceof TargetFigure.Trend trend ? trend.sign()
                : figure instanceof TargetFigure.Change change ? changeSign(change)
                : 0;
        return sign > 0 ? Direction.HIGHER_IS_BETTER : sign < 0 ? Direction.LOWER_IS_BETTER : Direction.UNDECLARED;
    }

    private static int changeSign(TargetFigure.Change change) {
        return change.kind() == TargetFigure.ChangeKind.TIMES ? change.amount().compareTo(BigDecimal.ONE)
                : change.sign();
    }

    /**
     * The bound as written; 現状維持 keeps the baseline on the better side: a floor where more is better, a ceiling
     * where less is, the baseline itself otherwise.
     */
    private static Bound bound(Bound written, TargetFigure figure, Direction direction) {
        if (!(figure instanceof TargetFigure.AtBaseline atBaseline) || !atBaseline.keep()) {
            return written;
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> Bound.AT_LEAST;
            case LOWER_IS_BETTER -> Bound.AT_MOST;
            case WITHIN_BOUND, UNDECLARED -> written;
        };
    }

    /**
     * The values as levels: an actual written as a change (実績：増減：+557人) is added to the level before it (the
     * latest earlier value in its unit, the baseline included); one with no level before it is left out.
     */
    private static List<Observation> levels(List<Observation> values, Optional<Observation> baseline,
                                            List<LevelFromChange> derived, List<Observation> unread) {
        if (values.stream().noneMatch(Observation::increment)) {
            return values;
        }
        List<Observation> levels = new ArrayList<>();
        baseline.ifPresent(levels::add);
        List<Observation> result = new ArrayList<>();
        for (Observation value : values.stream().sorted(IN_TIME).toList()) {
            Observation level = value;
            if (value.increment()) {
                Optional<Observation> before = levels.stream()
                        .filter(earlier -> earlier.value().unit().equals(value.value().unit())
                                && earlier.time().endDate().isBefore(value.time().endDate()))
                        .max(IN_TIME);
                if (before.isEmpty()) {
                    unread.add(value);
                    continue;
                }
                Quantity from = before.get().value();
                BigDecimal sum = from.baseValue().add(value.value().baseValue());
                BigDecimal amount = plainScale(sum.scaleByPowerOfTen(-from.multiplierExponent()));
                level = value.asLevel(new Quantity(amount, from.multiplierExponent(), from.unit(),
                        plain(amount) + from.unitAsWritten(), from.approximate()));
                derived.add(new LevelFromChange(value, before.get(), level));
            }
            levels.add(level);
            result.add(level);
        }
        return result;
    }

    private static BigDecimal yearly(BigDecimal value, TimeSpec time) {
        return time.aggregate() == Aggregate.CUMULATIVE
                ? Ratios.divide(value, BigDecimal.valueOf(time.yearCount()))
                : value;
    }

    /**
     * The kind of year a KPI's years are counted in: its target's, else its baseline's, where written as 年 or 年度;
     * otherwise fiscal years, as the plan period is. Dates (R6年4月1日時点) and years of unspecified kind are placed
     * among them: R7.3.31 counts for fiscal 2024 beside fiscal years.
     */
    private static YearKind yearKindOf(TimeSpec targetTime, Optional<TimeSpec> baselineTime) {
        return Stream.concat(Stream.of(targetTime), baselineTime.stream())
                .map(TimeSpec::kind)
                .filter(kind -> kind != YearKind.DATE && kind != YearKind.UNSPECIFIED)
                .findFirst().orElse(YearKind.FISCAL_YEAR);
    }

    private YearKind kindOf(TimeSpec time) {
        return time.kind() == YearKind.DATE || time.kind() == YearKind.UNSPECIFIED ? yearKind : time.kind();
    }

    /** The years from {@code from} to {@code to} whose end, counted in {@code kind}, is before asOf. */
    private static List<Integer> finishedYears(YearKind kind, int from, int to, LocalDate asOf) {
        List<Integer> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            if (!new TimeSpec(kind, year, year, Aggregate.POINT, "").endDate().isAfter(asOf)) {
                years.add(year);
            }
        }
        return years;
    }

    // ---- what the KPI is

    /** The kind of year its years are counted in (see {@link #getBaselineYear()}, {@link #getTargetYear()}). */
    public YearKind getYearKind() {
        return yearKind;
    }

    public Direction getDirection() {
        return direction;
    }

    public Bound getBound() {
        return bound;
    }

    /** +1 where a larger value is better, −1 where a smaller one is, 0 where no direction is declared. */
    public int getImprovementSign() {
        return switch (direction) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case WITHIN_BOUND, UNDECLARED -> 0;
        };
    }

    /** +1 for a floor (以上), −1 for a ceiling (以下), 0 for a point target. */
    public int getBoundSign() {
        return switch (bound) {
            case AT_LEAST -> 1;
            case AT_MOST -> -1;
            case POINT -> 0;
        };
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public String getBaselineUnit() {
        return baselineUnit;
    }

    /** Baseline and target are both levels that count the same thing in the same base unit. */
    public boolean isComparable() {
        return baselineLevel != null && targetLevel != null && baselineUnit.equals(targetUnit);
    }

    /** A measured baseline and a level target written in different units. */
    public boolean isUnitMismatch() {
        return baselineLevel != null && !baselineUnit.equals(targetUnit);
    }

    /** The strategy writes a baseline value (not 新規, －, なし). */
    public boolean isBaselineKnown() {
        return baselineLevel != null;
    }

    /** The target says a level (written, or implied by the baseline); not a direction only, nor a guess. */
    public boolean isTargetLevelKnown() {
        return targetLevel != null;
    }

    /** The target's figure as written: a level, a change, the baseline or a direction. */
    public TargetFigure getTargetFigure() {
        return targetFigure;
    }

    /** The target is the baseline itself (現状値以上, 現状維持): a level to hold, not one to move to. */
    public boolean isTargetTheBaseline() {
        return targetFigure instanceof TargetFigure.AtBaseline;
    }

    /** What reaching the target means: a level, a floor or ceiling, or only a direction from the baseline. */
    public AchievedWhen getAchievedWhen() {
        if (targetFigure instanceof TargetFigure.Trend trend) {
            return baselineLevel == null ? AchievedWhen.NOT_DEFINED
                    : trend.sign() > 0 ? AchievedWhen.ABOVE_BASELINE : AchievedWhen.BELOW_BASELINE;
        }
        if (targetLevel == null) {
            return AchievedWhen.NOT_DEFINED;
        }
        return switch (bound) {
            case AT_LEAST -> AchievedWhen.AT_OR_ABOVE;
            case AT_MOST -> AchievedWhen.AT_OR_BELOW;
            case POINT -> AchievedWhen.LEVEL_REACHED;
        };
    }

    /** The name counts one thing (開催回数) and the figures are in the unit of another (人); null otherwise. */
    public NameUnitClash getNameUnitClash() {
        return nameUnitClash;
    }

    /** The target is an average over years (R7～R11年度平均), met or missed only by the mean of all of them. */
    public boolean isAverageTarget() {
        return targetAggregate == Aggregate.AVERAGE;
    }

    /** The mean of the values known within the target's years; null where none of them has a value yet. */
    public BigDecimal getAverageSoFar() {
        return actualsInTargetYears == 0 ? null
                : Ratios.divide(cumulativeActual, BigDecimal.valueOf(actualsInTargetYears));
    }

    /** How many values are known within the target's years. */
    public int getActualsInTargetYears() {
        return actualsInTargetYears;
    }

    /** The target is a change against the baseline (4.0%減少, 5ポイント増, 1.2倍). */
    public boolean isRelativeTarget() {
        return targetFigure instanceof TargetFigure.Change;
    }

    /** A change or the baseline as target, without a baseline: it implies no level. */
    public boolean isRelativeTargetWithoutBaseline() {
        return baselineLevel == null && !(targetFigure instanceof TargetFigure.Level);
    }

    /**
     * A change in % of a KPI itself counted in %: 52.0%増加 of 40.0% may mean a level of 52 %, 52 % more than the
     * baseline (40.0 × 1.52) or 52 points more (40.0 + 52). Not judged on any of them.
     */
    public boolean isRelativeTargetAmbiguous() {
        return baselineLevel != null && targetFigure instanceof TargetFigure.Change change
                && change.kind() == TargetFigure.ChangeKind.PERCENT && baselineUnit.equals("%");
    }

    /** The reading of an ambiguous % change as a level of that %: 52.0%増加 as 52.0%. */
    public BigDecimal getAmbiguousReadingAsLevel() {
        return isRelativeTargetAmbiguous() ? ((TargetFigure.Change) targetFigure).amount() : null;
    }

    /** The reading of an ambiguous % change as a share of the baseline: B × (1 ± p / 100). */
    public BigDecimal getAmbiguousReadingAsShare() {
        if (!isRelativeTargetAmbiguous()) {
            return null;
        }
        TargetFigure.Change change = (TargetFigure.Change) targetFigure;
        BigDecimal signed = change.sign() < 0 ? change.amount().negate() : change.amount();
        return plainScale(baselineQuantity.baseValue().multiply(BigDecimal.ONE.add(signed.movePointLeft(2))));
    }

    /** The reading of an ambiguous % change as points: B ± p. */
    public BigDecimal getAmbiguousReadingAsPoints() {
        if (!isRelativeTargetAmbiguous()) {
            return null;
        }
        TargetFigure.Change change = (TargetFigure.Change) targetFigure;
        return plainScale(baselineQuantity.baseValue().add(change.sign() < 0 ? change.amount().negate()
                : change.amount()));
    }

    /**
     * How a relative target's level is worked out, in the figures as written: {@code 4.0%減少 = 1,000人 × (1 − 4.0%) =
     * 960人}, {@code 5ポイント増 = 58.2% + 5 = 63.2%}; null for a target written as a level, or one that implies none.
     */
    /**
     * For a target written as an average over years (1,600人(R7～R11年度平均)), those years as written: a single
     * year's actual set against it is not the average the target asks for, which a judgment on it must say. Null
     * for any other target.
     */
    public String getAverageTargetSpan() {
        return averageTargetSpan;
    }

    public String getTargetArithmetic() {
        if (!(targetFigure instanceof TargetFigure.Change change) || target == null) {
            return null;
        }
        String base = baselineQuantity.written();
        String amount = plain(change.amount());
        String sign = change.sign() < 0 ? " − " : " + ";
        String formula = switch (change.kind()) {
            case PERCENT -> base + " × (1" + sign + amount + "%)";
            case POINTS -> base + sign + amount;
            case TIMES -> base + " × " + amount;
        };
        return change.written() + " = " + formula + " = "
                + plain(target.scaleByPowerOfTen(-baselineQuantity.multiplierExponent()))
                + baselineQuantity.unitAsWritten();
    }

    private static String plain(BigDecimal value) {
        BigDecimal rounded = value.round(Ratios.CONTEXT).stripTrailingZeros();
        return DecimalFormats.format("#,##0.########", rounded);
    }

    // ---- baseline and target as yearly levels

    /** The baseline as a yearly level: a total over years divided by them, an average or a single year as it is. */
    public BigDecimal getBaselineLevel() {
        return baselineLevel;
    }

    /** The last year of the baseline (for an average over H26～30年度, 2018). */
    public int getBaselineYear() {
        return baselineYear;
    }

    public Aggregate getBaselineAggregate() {
        return baselineAggregate;
    }

    /** The target as written: for a cumulative target, the total. */
    public BigDecimal getTarget() {
        return target;
    }

    /** The target as a yearly level: a cumulative target divided by its years, any other as it is. */
    public BigDecimal getTargetLevel() {
        return targetLevel;
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

    /** Years from the baseline to the target. */
    public int getYearsToTarget() {
        return targetYear - baselineYear;
    }

    // ---- what is known at the as-of date

    public LocalDate getAsOf() {
        return asOf;
    }

    /** The single-year values in the target's unit whose period has ended by the as-of date, oldest first. */
    public List<Observation> getKnown() {
        return known;
    }

    public int getActualCount() {
        return known.size();
    }

    /** The one latest value, the same for every rule and report. */
    public Optional<Observation> latestObservation() {
        return known.isEmpty() ? Optional.empty() : Optional.of(known.get(known.size() - 1));
    }

    /** The latest value in base units, or null when none is known. */
    public BigDecimal getLatest() {
        return latestObservation().map(observation -> observation.value().baseValue()).orElse(null);
    }

    /** The year of the latest value; 0 when none is known. */
    public int getLatestYear() {
        return latestObservation().map(observation -> observation.time().yearAmong(yearKind)).orElse(0);
    }

    /** The baseline's time as written, with its Western year (H30年度（2018年度）); null without one. */
    public String getBaselineWhen() {
        return baselineWhen;
    }

    /** The target's time as written, with its Western year (R9年度（2027年度）). */
    public String getTargetWhen() {
        return targetWhen;
    }

    /** The latest value's time as written, with its Western year; null when none is known. */
    public String getLatestWhen() {
        return latestObservation().map(observation -> observation.time().writtenWithWesternYear()).orElse(null);
    }

    /** The time of {@link #reachedSince()} as written, with its Western year; null where the target is not reached. */
    public String getReachedWhen() {
        return reachedSince().map(value -> value.time().writtenWithWesternYear()).orElse(null);
    }

    /** The target's year has been reached by the latest value: its outcome is final, not interim. */
    public boolean isFinalValueKnown() {
        return getLatest() != null && getLatestYear() >= targetYear;
    }

    /** Whether the latest value is the final one for the target or an interim one; null without a value. */
    public ValueKind getLatestKind() {
        return getLatest() == null ? null : isFinalValueKnown() ? ValueKind.FINAL : ValueKind.INTERIM;
    }

    /** The plan years of {@code plan} that have ended without a value, oldest first. */
    public List<Integer> missingYears(TimeSpec plan, TimeSpec like) {
        Set<Integer> measured = new TreeSet<>();
        known.forEach(observation -> measured.add(observation.time().yearAmong(yearKind)));
        return finishedYears(kindOf(like), plan.fromYear(), plan.toYear(), asOf).stream()
                .filter(year -> !measured.contains(year)).toList();
    }

    /** The actuals written as changes (実績：増減：) and the levels they were read as, in time order. */
    public List<LevelFromChange> getLevelsFromChanges() {
        return List.copyOf(levelsFromChanges);
    }

    /** The actuals written as changes with no level before them to add to: not used. */
    public List<Observation> getChangesWithoutLevel() {
        return List.copyOf(changesWithoutLevel);
    }

    /** Calendar-year and fiscal-year values written for the same year; empty when the KPI keeps to one kind. */
    public List<YearKindPair> getMixedYearKinds() {
        return mixedYearKinds;
    }

    // ---- directed quantities: positive is better

    /** s × (T − B) on yearly levels: what the target asks for; null without a direction or comparable units. */
    public BigDecimal getRequiredImprovement() {
        return isComparable() ? directed(targetLevel.subtract(baselineLevel)) : null;
    }

    /** s × (A − B): how far the latest value has come from the baseline; null without a latest value. */
    public BigDecimal getAchievedImprovement() {
        return getLatest() == null || baselineLevel == null || isUnitMismatch() ? null
                : directed(getLatest().subtract(baselineLevel));
    }

    /** s × (T − A): what is still to be done; zero or below once the target is reached. */
    public BigDecimal getRemainingGap() {
        return getLatest() == null || targetLevel == null ? null : directed(targetLevel.subtract(getLatest()));
    }

    private BigDecimal directed(BigDecimal difference) {
        int sign = getImprovementSign();
        if (sign == 0) {
            return null;
        }
        return sign > 0 ? difference : difference.negate();
    }

    /** For a floor or ceiling: how far the baseline is inside the bound (yearly levels); negative outside it. */
    public BigDecimal getBoundMarginAtBaseline() {
        return bound == Bound.POINT || !isComparable() ? null : bounded(baselineLevel.subtract(targetLevel));
    }

    /**
     * For a floor or ceiling on a yearly level: how far the latest value is inside the bound; negative where it breaks
     * it. Null for a bound on a sum over years, which one year cannot break: its pace says how it goes.
     */
    public BigDecimal getBoundMargin() {
        if (bound == Bound.POINT || isCumulative() || getLatest() == null || targetLevel == null) {
            return null;
        }
        return bounded(getLatest().subtract(targetLevel));
    }

    private BigDecimal bounded(BigDecimal difference) {
        return getBoundSign() > 0 ? difference : difference.negate();
    }

    /**
     * How far the latest value is outside its bound, as a share of the bound (negative: (39.5 − 40) / 40 = −0.0125);
     * for a bound of 0, the distance itself. The figure a broken bound is graded on, whatever the scheme.
     */
    public BigDecimal getBoundBreach() {
        BigDecimal margin = getBoundMargin();
        if (margin == null || margin.signum() >= 0) {
            return null;
        }
        return targetLevel.signum() == 0 ? margin : Ratios.divide(margin, targetLevel.abs());
    }

    /** The baseline already keeps the bound: the bound is a level to hold from the start, not one to reach. */
    public boolean isBoundHeldAtBaseline() {
        BigDecimal margin = getBoundMarginAtBaseline();
        return margin != null && margin.signum() >= 0;
    }

    // ---- level targets

    /**
     * Achievement rate (A − B) / (T − B) × 100 on yearly levels, for a target that is not a sum and that asks for a
     * change (a floor or ceiling only where the baseline does not already keep it); null otherwise.
     */
    public BigDecimal getAchievementRate() {
        if (getLatest() == null || isCumulative() || !isComparable() || isBoundHeldAtBaseline()) {
            return null;
        }
        return Ratios.percentOf(getLatest(), baselineLevel, targetLevel, baselineLevel);
    }

    /**
     * 達成率 as a review table shows it: for a level target the achievement rate (A − B) / (T − B) × 100; for a sum over
     * years, the sum so far as a percentage of the total, counted in the direction of improvement. Null where neither
     * can be had.
     */
    public BigDecimal getReportedAchievementRate() {
        if (!isCumulative()) {
            return getAchievementRate();
        }
        BigDecimal share = getDirectedCumulativeShare();
        return share == null ? null : share.movePointRight(2).stripTrailingZeros();
    }

    /**
     * The share of the time from baseline to target that has passed at the latest value: in years, or in days where
     * one of the three is dated to a day or month (R6年4月1日時点).
     */
    public BigDecimal getElapsedShare() {
        if (getLatest() == null || baselineLevel == null || getYearsToTarget() <= 0) {
            return null;
        }
        if (elapsedDays) {
            long total = ChronoUnit.DAYS.between(baselineEnd, targetEnd);
            return total <= 0 ? null : Ratios.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(baselineEnd,
                    latestObservation().orElseThrow().time().endDate())), BigDecimal.valueOf(total));
        }
        return Ratios.divide(BigDecimal.valueOf(getLatestYear() - baselineYear), BigDecimal.valueOf(getYearsToTarget()));
    }

    /** The compound growth a year the target asks for, (T / B)^(1 / years) − 1; null where undefined. */
    public BigDecimal getRequiredAnnualGrowth() {
        if (isCumulative() || !isComparable()) {
            return null;
        }
        return Ratios.compoundAnnualGrowth(baselineLevel, targetLevel, getYearsToTarget());
    }

    /** The required growth without its sign, for comparing with a threshold. */
    public BigDecimal getRequiredAnnualGrowthSize() {
        BigDecimal growth = getRequiredAnnualGrowth();
        return growth == null ? null : growth.abs();
    }

    // ---- sums over years

    /** The sum of the known values within a cumulative target's years. */
    public BigDecimal getCumulativeActual() {
        return cumulativeActual;
    }

    /** How many of the target's years have ended as of the as-of date. */
    public int getFinishedTargetYears() {
        return finishedTargetYears.size();
    }

    /** The pro-rata part of a cumulative target for the years ended: T × ended / years. */
    public BigDecimal getExpectedSoFar() {
        if (!isCumulative() || finishedTargetYears.isEmpty() || target == null) {
            return null;
        }
        return target.multiply(BigDecimal.valueOf(finishedTargetYears.size()))
                .divide(BigDecimal.valueOf(getTargetYears()), Ratios.CONTEXT).stripTrailingZeros();
    }

    /** The sum so far against the pro-rata sum, as written: Σ / (T × ended / years). */
    public BigDecimal getPace() {
        return actualsInTargetYears == 0 ? null : Ratios.divide(cumulativeActual, getExpectedSoFar());
    }

    /**
     * The pace counted in the direction of improvement, 1 or more being on pace: the pace where more is better (or
     * nothing says which way is better), its inverse where less is better (a sum below its pro-rata share is ahead).
     * Without a declared direction, a ceiling on a sum (以下, 累計) says that less is better. Null
     * without a value in the target's years or before one of its years has ended.
     */
    public BigDecimal getDirectedPace() {
        BigDecimal pace = getPace();
        if (pace == null || getPaceSign() >= 0) {
            return pace;
        }
        return Ratios.divide(getExpectedSoFar(), cumulativeActual);
    }

    private int getPaceSign() {
        return getImprovementSign() != 0 ? getImprovementSign() : getBoundSign();
    }

    /** A cumulative target's sum so far as a share of the whole, in the direction of improvement. */
    public BigDecimal getDirectedCumulativeShare() {
        BigDecimal pace = getDirectedPace();
        if (pace == null) {
            return null;
        }
        return Ratios.divide(pace.multiply(BigDecimal.valueOf(finishedTargetYears.size())),
                BigDecimal.valueOf(getTargetYears()));
    }

    /** The yearly average of the values in a cumulative target's years ended so far. */
    public BigDecimal getCumulativeYearlyAverage() {
        return actualsInTargetYears == 0 ? null
                : Ratios.divide(cumulativeActual, BigDecimal.valueOf(actualsInTargetYears));
    }

    // ---- progress

    /**
     * Whether the target is reached by what is known: a bound kept by the latest value, a level target passed by it
     * (achievement rate 100 or more; for a target equal to its baseline, the latest value on the better side), a
     * sum past its total where more is better, or kept under it to its last year where less is. Empty where nothing
     * can be said yet.
     */
    public Outcome outcome() {
        if (getLatest() == null) {
            return Outcome.NOT_KNOWN;
        }
        return isCumulative() ? sumOutcome() : levelOutcome();
    }

    /**
     * Whether the latest single-year value reaches the target's yearly level (for a sum over years, its yearly
     * average): how an old target is judged on the newest value known when the period's sum is not known.
     */
    public Outcome levelOutcome() {
        if (targetFigure instanceof TargetFigure.Trend && getLatest() != null && baselineLevel != null) {
            BigDecimal achieved = getAchievedImprovement();
            return achieved == null ? Outcome.NOT_KNOWN : Outcome.of(achieved.signum() > 0);
        }
        if (getLatest() == null || targetLevel == null || isUnitMismatch()) {
            return Outcome.NOT_KNOWN;
        }
        if (isCumulative()) {
            BigDecimal ratio = getLatestAgainstTargetLevel();
            return ratio == null ? Outcome.NOT_KNOWN : Outcome.of(ratio.compareTo(BigDecimal.ONE) >= 0);
        }
        if (bound != Bound.POINT) {
            return Outcome.of(getBoundMargin().signum() >= 0);
        }
        BigDecimal rate = getAchievementRate();
        if (rate != null) {
            return Outcome.of(rate.compareTo(BigDecimal.valueOf(100)) >= 0);
        }
        BigDecimal gap = getRemainingGap();
        return gap == null ? Outcome.NOT_KNOWN : Outcome.of(gap.signum() <= 0);
    }

    /**
     * How a target not reached by the latest value falls short: moving away where the latest value is worse than the
     * baseline (as yearly levels), else not reached; null where the target is reached or nothing is known.
     */
    public Shortfall getShortfall() {
        if (levelOutcome() != Outcome.NOT_REACHED) {
            return null;
        }
        BigDecimal achieved = getAchievedImprovement();
        return achieved != null && achieved.signum() < 0 ? Shortfall.MOVING_AWAY : Shortfall.NOT_REACHED;
    }

    /**
     * For a level target that asks for a change: the earliest value from which every later value reaches the target
     * (the latest included); empty where the latest value does not reach it. A target reached, lost and reached
     * again counts from the second time.
     */
    public Optional<Observation> reachedSince() {
        if (bound != Bound.POINT || isCumulative() || getRequiredImprovement() == null
                || getRequiredImprovement().signum() <= 0) {
            return Optional.empty();
        }
        Observation since = null;
        for (int i = known.size() - 1; i >= 0; i--) {
            Observation value = known.get(i);
            if (directed(targetLevel.subtract(value.value().baseValue())).signum() > 0) {
                break;
            }
            since = value;
        }
        return Optional.ofNullable(since);
    }

    /** The year of {@link #reachedSince()}; null where the target is not reached. */
    public Integer getReachedYear() {
        return reachedSince().map(value -> value.time().yearAmong(yearKind)).orElse(null);
    }

    /** How many years before the target's year it was reached (and held); null where it was not reached early. */
    public Integer getYearsReachedEarly() {
        Integer reached = getReachedYear();
        return reached == null || reached >= targetYear ? null : targetYear - reached;
    }

    /** For a value from before the target's year: how many years before it; null for a final value or none. */
    public Integer getYearsBeforeTarget() {
        return getLatestKind() == ValueKind.INTERIM ? targetYear - getLatestYear() : null;
    }

    /**
     * The latest single-year value against the target's yearly level, counted in the direction of improvement
     * (A / level, or level / A where less is better); 1 or more reaches it. Null without a direction or a value.
     */
    public BigDecimal getLatestAgainstTargetLevel() {
        if (getLatest() == null || getPaceSign() == 0 || targetLevel == null) {
            return null;
        }
        return getPaceSign() > 0 ? Ratios.divide(getLatest(), targetLevel) : Ratios.divide(targetLevel, getLatest());
    }

    /** A sum reaches a total to exceed once it passes it; a total to stay under only when its last year has ended. */
    private Outcome sumOutcome() {
        if (actualsInTargetYears == 0 || target == null || isUnitMismatch()) {
            return Outcome.NOT_KNOWN;
        }
        int comparison = cumulativeActual.compareTo(target);
        if (getPaceSign() > 0) {
            return Outcome.of(comparison >= 0);
        }
        if (getPaceSign() < 0 && comparison > 0) {
            return Outcome.NOT_REACHED;
        }
        if (getPaceSign() < 0 && getFinishedTargetYears() == getTargetYears()) {
            return Outcome.REACHED;
        }
        return Outcome.NOT_KNOWN;
    }

    /**
     * Whether there is a value to grade: for a sum over years, one within its years; for a level, one after the
     * baseline's year. A value of the baseline's own year (or earlier) restates the start and says nothing of progress;
     * graded, it read as "no progress, figure 0" (behind, needs improvement, B, or A on no time elapsed).
     */
    public boolean hasActualSinceBaseline() {
        if (getLatest() == null) {
            return false;
        }
        return isCumulative() ? actualsInTargetYears > 0 : getLatestYear() > baselineYear;
    }

    /** Progress under {@code scheme}, computed on first use; never null. */
    public Progress progress(Scheme scheme) {
        return progress.computeIfAbsent(scheme, this::judge);
    }

    private Progress judge(Scheme scheme) {
        if (isUnitMismatch()) {
            return Progress.cannotJudge(scheme, Progress.CannotJudge.UNITS_DIFFER);
        }
        if (getLatest() == null || (isCumulative() && actualsInTargetYears == 0)) {
            return Progress.cannotJudge(scheme, Progress.CannotJudge.NO_ACTUAL);
        }
        // Without a baseline only a sum over years has a figure (its pace); a level is judged reached or not at all.
        if (baselineLevel == null && !(isCumulative() && target != null)) {
            return outcome() == Outcome.REACHED ? Progress.reached(scheme, null)
                    : Progress.cannotJudge(scheme, Progress.CannotJudge.NO_BASELINE);
        }
        if (targetLevel == null) {
            return outcome() == Outcome.REACHED ? Progress.reached(scheme, null)
                    : Progress.cannotJudge(scheme, Progress.CannotJudge.NO_TARGET_LEVEL);
        }
        if (!hasActualSinceBaseline()) {
            return Progress.cannotJudge(scheme, Progress.CannotJudge.TOO_FEW_POINTS);
        }
        Progress measured = ProgressScheme.of(scheme).measure(this);
        if (bound != Bound.POINT && !isCumulative()) {
            if (getBoundMargin().signum() >= 0) {
                return Progress.reached(scheme, measured.getFigure());
            }
            if (isBoundHeldAtBaseline()) {
                return Progress.boundBroken(scheme, getBoundBreach());
            }
        }
        if (measured.getStanding() == Progress.Standing.MEASURED && outcome() == Outcome.REACHED) {
            return Progress.reached(scheme, measured.getFigure());
        }
        return measured;
    }

    @Override
    public String toString() {
        return "KpiPath[" + baselineLevel + " " + baselineUnit + " (" + baselineYear + ") → " + target + " "
                + targetUnit + " (" + targetFromYear + "–" + targetYear + " " + targetAggregate + "), latest "
                + getLatest() + "]";
    }
}
