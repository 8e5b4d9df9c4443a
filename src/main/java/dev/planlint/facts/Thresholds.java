package dev.planlint.facts;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The thresholds the shipped rules compare with. Each component's name is its key in the configuration file and in
 * {@code --threshold NAME=VALUE}.
 *
 * @param weakTargetAnnualGrowth below this required yearly growth (0.005 is 0.5 % a year) a target is weak
 * @param staleBaselineYears     a baseline older than this many years before the plan starts is stale
 * @param achievementRateOnTrack achievement rate (%) from which a KPI counts as on track
 * @param tamaSteady             Tama City: share of the expected progress from which a KPI is steady (順調)
 * @param tamaMostly             Tama City: share of the expected progress from which it is mostly on track (概ね順調)
 * @param nagayoBand             Nagayo Town: the band around the baseline (0.10 is ±10 %) of an unchanged KPI (B)
 * @param eurostatSignificant    Eurostat: growth ratio from which progress is significant
 * @param eurostatModerate       Eurostat: growth ratio from which progress is moderate
 * @param cumulativePaceMinimum  a sum over years is behind when it is below this share of its pro-rata part
 * @param unambitiousAchievementRate achievement rate (%) above which a target was passed by far (unambitious)
 * @param unambitiousYearsEarly  a target reached this many years or more before its year was unambitious
 * @param missedByFarAchievementRate achievement rate (%) below which a previous target was missed by far
 * @param olderBaselineYears     a baseline more than this many years older than the plan's common baseline year
 */
public record Thresholds(BigDecimal weakTargetAnnualGrowth, int staleBaselineYears, BigDecimal achievementRateOnTrack,
                         BigDecimal tamaSteady, BigDecimal tamaMostly, BigDecimal nagayoBand,
                         BigDecimal eurostatSignificant, BigDecimal eurostatModerate,
                         BigDecimal cumulativePaceMinimum, BigDecimal unambitiousAchievementRate,
                         int unambitiousYearsEarly, BigDecimal missedByFarAchievementRate,
                         int olderBaselineYears) {

    /** The configuration keys, in the order of the components. */
    public static final List<String> NAMES = Arrays.stream(Thresholds.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    /** From the configuration's map, which holds every key of {@link #NAMES}. */
    public static Thresholds of(Map<String, BigDecimal> values) {
        return new Thresholds(values.get("weakTargetAnnualGrowth"),
                values.get("staleBaselineYears").intValueExact(), values.get("achievementRateOnTrack"),
                values.get("tamaSteady"), values.get("tamaMostly"), values.get("nagayoBand"),
                values.get("eurostatSignificant"), values.get("eurostatModerate"),
                values.get("cumulativePaceMinimum"), values.get("unambitiousAchievementRate"),
                values.get("unambitiousYearsEarly").intValueExact(), values.get("missedByFarAchievementRate"),
                values.get("olderBaselineYears").intValueExact());
    }
}
