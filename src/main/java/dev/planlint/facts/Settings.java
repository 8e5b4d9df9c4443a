package dev.planlint.facts;

import dev.planlint.path.Scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The evaluation settings of one run, as a fact: the scheme that grades progress, the date progress is judged at and
 * the thresholds. Rules join on it instead of reading globals; the getters name the thresholds as rules use them.
 */
public final class Settings {

    private final Scheme scheme;
    private final LocalDate asOf;
    private final Thresholds thresholds;

    public Settings(Scheme scheme, LocalDate asOf, Thresholds thresholds) {
        this.scheme = Objects.requireNonNull(scheme);
        this.asOf = Objects.requireNonNull(asOf);
        this.thresholds = Objects.requireNonNull(thresholds);
    }

    public Scheme getScheme() {
        return scheme;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Thresholds getThresholds() {
        return thresholds;
    }

    public BigDecimal getWeakTargetAnnualGrowth() {
        return thresholds.weakTargetAnnualGrowth();
    }

    public int getStaleBaselineYears() {
        return thresholds.staleBaselineYears();
    }

    public BigDecimal getAchievementRateOnTrack() {
        return thresholds.achievementRateOnTrack();
    }

    public BigDecimal getTamaSteady() {
        return thresholds.tamaSteady();
    }

    public BigDecimal getTamaMostly() {
        return thresholds.tamaMostly();
    }

    public BigDecimal getNagayoBand() {
        return thresholds.nagayoBand();
    }

    public BigDecimal getEurostatSignificant() {
        return thresholds.eurostatSignificant();
    }

    public BigDecimal getEurostatModerate() {
        return thresholds.eurostatModerate();
    }

    public BigDecimal getCumulativePaceMinimum() {
        return thresholds.cumulativePaceMinimum();
    }

    public BigDecimal getUnambitiousAchievementRate() {
        return thresholds.unambitiousAchievementRate();
    }

    public int getUnambitiousYearsEarly() {
        return thresholds.unambitiousYearsEarly();
    }

    public BigDecimal getMissedByFarAchievementRate() {
        return thresholds.missedByFarAchievementRate();
    }

    public int getOlderBaselineYears() {
        return thresholds.olderBaselineYears();
    }
}
