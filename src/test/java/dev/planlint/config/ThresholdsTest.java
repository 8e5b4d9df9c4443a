package dev.planlint.config;

import dev.planlint.facts.Thresholds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration's threshold keys are the components of the typed record the rules read. */
class ThresholdsTest {

    @Test
    void everyConfigurationKeyIsAComponentOfThresholds() {
        assertThat(Configuration.DEFAULT_THRESHOLDS.keySet()).containsExactlyInAnyOrderElementsOf(Thresholds.NAMES);
    }

    @Test
    void aThresholdSetInTheConfigurationReachesTheRules() {
        Thresholds thresholds = Configuration.defaults().withThreshold("tamaMostly", new BigDecimal("0.5"))
                .settings(Optional.empty(), LocalDate.of(2026, 1, 1)).getThresholds();
        assertThat(thresholds.tamaMostly()).isEqualByComparingTo("0.5");
        assertThat(thresholds.staleBaselineYears()).isEqualTo(3);
    }
}
