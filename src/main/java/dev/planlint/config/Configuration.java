package dev.planlint.config;

import dev.planlint.catalog.Severity;
import dev.planlint.facts.Settings;
import dev.planlint.facts.Thresholds;
import dev.planlint.path.Scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project's evaluation settings: the scheme, the thresholds of the shipped rules and severity overrides per rule
 * (a severity of {@code off} silences a rule). Read from a JSON file and overridden on the command line.
 *
 * @param scheme     the scheme set for the run, if any; a strategy's own 評価方式 counts only where this is empty
 * @param thresholds threshold name to value, every name of {@link #DEFAULT_THRESHOLDS}
 * @param severities rule id to severity; empty Optional means off
 */
public record Configuration(Optional<Scheme> scheme, Map<String, BigDecimal> thresholds,
                            Map<String, Optional<Severity>> severities) {

    public static final Map<String, BigDecimal> DEFAULT_THRESHOLDS = Map.ofEntries(
            Map.entry("weakTargetAnnualGrowth", new BigDecimal("0.005")),
            Map.entry("staleBaselineYears", new BigDecimal("3")),
            Map.entry("achievementRateOnTrack", new BigDecimal("80")),
            Map.entry("tamaSteady", new BigDecimal("1.0")),
            Map.entry("tamaMostly", new BigDecimal("0.6")),
            Map.entry("nagayoBand", new BigDecimal("0.10")),
            Map.entry("eurostatSignificant", new BigDecimal("0.95")),
            Map.entry("eurostatModerate", new BigDecimal("0.60")),
            Map.entry("cumulativePaceMinimum", new BigDecimal("0.9")),
            Map.entry("unambitiousAchievementRate", new BigDecimal("200")),
            Map.entry("unambitiousYearsEarly", new BigDecimal("3")),
            Map.entry("missedByFarAchievementRate", new BigDecimal("50")),
            Map.entry("olderBaselineYears", new BigDecimal("2")));

    /** The thresholds counted in whole years. */
    public static final java.util.Set<String> YEAR_THRESHOLDS = java.util.Set.of("staleBaselineYears",
            "unambitiousYearsEarly", "olderBaselineYears");

    public static final Scheme DEFAULT_SCHEME = Scheme.ACHIEVEMENT_RATE;

    public Configuration {
        thresholds = Map.copyOf(thresholds);
        severities = Map.copyOf(severities);
    }

    public static Configuration defaults() {
        return new Configuration(Optional.empty(), DEFAULT_THRESHOLDS, Map.of());
    }

    public Configuration withScheme(Scheme newScheme) {
        return new Configuration(Optional.of(newScheme), thresholds, severities);
    }

    public Configuration withThreshold(String name, BigDecimal value) {
        Map<String, BigDecimal> changed = new TreeMap<>(thresholds);
        changed.put(name, value);
        return new Configuration(scheme, changed, severities);
    }

    public Configuration withSeverity(String ruleId, Optional<Severity> severity) {
        Map<String, Optional<Severity>> changed = new TreeMap<>(severities);
        changed.put(ruleId, severity);
        return new Configuration(scheme, thresholds, changed);
    }

    /** The facts' view of these settings for one strategy, whose own scheme counts when the run sets none. */
    public Settings settings(Optional<Scheme> strategyScheme, LocalDate asOf) {
        Scheme chosen = scheme.or(() -> strategyScheme).orElse(DEFAULT_SCHEME);
        return new Settings(chosen, asOf, Thresholds.of(thresholds));
    }
}
