package dev.planlint.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The evaluation settings of one run, as a fact: the scheme that grades progress, the date progress is judged at and
 * every threshold the shipped rules compare with. Rules join on it instead of reading globals.
 */
public final class Settings {

    private final String scheme;
    private final LocalDate asOf;
    private final BigDecimal weakTargetAnnualGrowth;
    private final int staleBaselineYears;
    private final BigDecimal achievementRateOnTrack;
    private final BigDecimal tamaSteady;
    private final BigDecimal tamaMostly;
    private final BigDecimal nagayoBand;
    private final BigDecimal eurostatSignificant;
    private final BigDecimal eurostatModerate;
    private final BigDecimal cumulativePaceMinimum;

    public Settings(String scheme, LocalDate asOf, BigDecimal weakTargetAnnualGrowth, int staleBaselineYears,
                    BigDecimal achievementRateOnTrack, BigDecimal tamaSteady, BigDecimal tamaMostly,
                    BigDecimal nagayoBand, BigDecimal eurostatSignificant, BigDecimal eurostatModerate,
                    BigDecimal cumulativePaceMinimum) {
        this.scheme = scheme;
        this.asOf = asOf;
        this.weakTargetAnnualGrowth = weakTargetAnnualGrowth;
        this.staleBaselineYears = staleBaselineYears;
        this.achievementRateOnTrack = achievementRateOnTrack;
        this.tamaSteady = tamaSteady;
        this.tamaMostly = tamaMostly;
        this.nagayoBand = nagayoBand;
        this.eurostatSignificant = eurostatSignificant;
        this.eurostatModerate = eurostatModerate;
        this.cumulativePaceMinimum = cumulativePaceMinimum;
    }

    public String getScheme() {
        return scheme;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** Below this required yearly growth (a ratio: 0.005 is 0.5 % a year) a target is weak. */
    public BigDecimal getWeakTargetAnnualGrowth() {
        return weakTargetAnnualGrowth;
    }

    /** A baseline older than this many years before the plan starts is stale. */
    public int getStaleBaselineYears() {
        return staleBaselineYears;
    }

    /** Achievement rate (%) from which a KPI counts as on track. */
    public BigDecimal getAchievementRateOnTrack() {
        return achievementRateOnTrack;
    }

    /** Tama City: share of the expected progress from which a KPI is steady (順調). */
    public BigDecimal getTamaSteady() {
        return tamaSteady;
    }

    /** Tama City: share of the expected progress from which a KPI is mostly on track (概ね順調). */
    public BigDecimal getTamaMostly() {
        return tamaMostly;
    }

    /** Nagayo Town: the band around the baseline (0.10 is ±10 %) within which a KPI is unchanged (B). */
    public BigDecimal getNagayoBand() {
        return nagayoBand;
    }

    /** Eurostat: growth ratio from which progress is significant. */
    public BigDecimal getEurostatSignificant() {
        return eurostatSignificant;
    }

    /** Eurostat: growth ratio from which progress is moderate. */
    public BigDecimal getEurostatModerate() {
        return eurostatModerate;
    }

    /** A cumulative target is behind pace when its sum so far is below this share of the pro-rata sum. */
    public BigDecimal getCumulativePaceMinimum() {
        return cumulativePaceMinimum;
    }
}
