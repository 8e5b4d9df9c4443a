package dev.planlint.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Thresholds and severities from a configuration file and the command line; a baseline that lets old findings pass. */
class ConfigurationAndBaselineTest {

    private static final String CONFIG = "src/test/resources/dev/planlint/config/";
    private static final String KUSHIRO_2ND = "strategies/kushiro-2nd.strategy";

    @TempDir
    Path dir;

    private static List<JsonObject> findings(CliRun run, String rule) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement finding : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("findings")) {
            if (finding.getAsJsonObject().get("rule").getAsString().equals(rule)) {
                found.add(finding.getAsJsonObject());
            }
        }
        return found;
    }

    private static CliRun check(String... arguments) {
        return CliRun.run(List.of("check", "--lang", "en", "--as-of", "2026-11-29"), arguments);
    }

    @Test
    void theConfigurationFileSetsThresholdsAndSeverities() {
        CliRun defaults = check("--format", "json", "--fail-on", "never", KUSHIRO_2ND);
        CliRun configured = check("--format", "json", "--fail-on", "never", "--config", CONFIG + "strict.json",
                KUSHIRO_2ND);

        assertThat(findings(defaults, "actual-missing")).isNotEmpty();
        assertThat(findings(configured, "actual-missing")).isEmpty();
        assertThat(findings(defaults, "stale-baseline")).hasSize(2)
                .allSatisfy(finding -> assertThat(finding.get("severity").getAsString()).isEqualTo("warning"));
        assertThat(findings(configured, "stale-baseline")).hasSize(11)
                .allSatisfy(finding -> assertThat(finding.get("severity").getAsString()).isEqualTo("error"));
        assertThat(findings(defaults, "weak-target")).hasSize(2);
        assertThat(findings(configured, "weak-target")).isEmpty();
    }

    @Test
    void theCommandLineOverridesTheConfigurationFile() {
        CliRun run = check("--format", "json", "--fail-on", "never", "--config", CONFIG + "strict.json",
                "--threshold", "staleBaselineYears=3", "--severity", "stale-baseline=info", KUSHIRO_2ND);
        assertThat(findings(run, "stale-baseline")).hasSize(2)
                .allSatisfy(finding -> assertThat(finding.get("severity").getAsString()).isEqualTo("info"));
    }

    @Test
    void aMisspeltKeyOrLevelIsAnErrorNotIgnored() {
        CliRun misspelt = check("--config", CONFIG + "misspelt.json", KUSHIRO_2ND);
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("unknown key \"tresholds\"");

        CliRun badSeverity = check("--config", CONFIG + "bad-severity.json", KUSHIRO_2ND);
        assertThat(badSeverity.exit()).isEqualTo(2);
        assertThat(badSeverity.err()).contains("severity of weak-target must be error, warning, info or off");

        CliRun badThreshold = check("--threshold", "staleBaselineYears=three", KUSHIRO_2ND);
        assertThat(badThreshold.exit()).isEqualTo(2);
        assertThat(badThreshold.err()).contains("threshold staleBaselineYears must be a number");
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(check(KUSHIRO_2ND).exit()).isEqualTo(1);
        assertThat(check("--severity", "cumulative-target-decline=warning", KUSHIRO_2ND).exit()).isZero();
        assertThat(check("--severity", "cumulative-target-decline=warning", "--fail-on", "warning", KUSHIRO_2ND)
                .exit()).isEqualTo(1);
        assertThat(check("--fail-on", "never", KUSHIRO_2ND).exit()).isZero();
    }

    @Test
    void aBaselineLetsKnownFindingsPassAndFailsOnNewOnes() throws IOException {
        Path strategy = dir.resolve("draft.strategy");
        Files.copy(Path.of(KUSHIRO_2ND), strategy);
        Path baseline = dir.resolve("baseline.json");
        CliRun first = check("--write-baseline", baseline.toString(), strategy.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(baseline).exists();

        CliRun unchanged = check("--baseline", baseline.toString(), strategy.toString());
        assertThat(unchanged.exit()).isZero();
        assertThat(unchanged.out()).contains("(unchanged since the baseline)");

        String revised = Files.readString(strategy, StandardCharsets.UTF_8)
                .replace("・出生数：現状値1,020人(H30年) → 1,127人(R6年)", "・出生数：現状値1,020人(H30年) → 900人(R6年)");
        Files.writeString(strategy, "# a revision adds a line above everything\n" + revised, StandardCharsets.UTF_8);
        CliRun worse = check("--baseline", baseline.toString(), strategy.toString());
        assertThat(worse.exit()).isEqualTo(1);
        assertThat(worse.out()).containsPattern("draft.strategy:85:2: error: 出生数: .*\\[target-wrong-side]\\n");
    }
}
