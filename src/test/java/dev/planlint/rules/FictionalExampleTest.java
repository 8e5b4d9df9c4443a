package dev.planlint.rules;

import dev.planlint.CliRun;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fictional example strategy strategies/examples/fictional-progress.strategy is there to show every progress rule
 * at work: checked as of 2026-11-29, each of them must find something, one finding must be suppressed with its
 * reason, and every KPI with actual values gets a grade.
 */
class FictionalExampleTest {

    private static final String EXAMPLE = "strategies/examples/fictional-progress.strategy";

    private static JsonObject report;

    @BeforeAll
    static void check() {
        CliRun run = CliRun.run("check", "--format", "json", "--fail-on", "never", "--as-of", "2026-11-29", EXAMPLE)
                .expectExit(0);
        report = JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void isReadWithoutInputErrors() {
        assertThat(report.getAsJsonArray("diagnostics")).isEmpty();
    }

    @Test
    void everyProgressRuleFindsSomething() {
        assertThat(findings(false).stream().map(finding -> finding.get("rule").getAsString()).distinct().toList())
                .contains("progress-behind", "moving-away", "cumulative-behind-pace", "bound-violated",
                        "actual-missing", "target-met-early", "progress-not-judgeable");
    }

    @Test
    void aFindingIsSuppressedWithItsReason() {
        List<JsonObject> suppressed = findings(true);
        assertThat(suppressed).hasSize(1);
        assertThat(suppressed.get(0).get("rule").getAsString()).isEqualTo("progress-behind");
        assertThat(suppressed.get(0).get("suppressedBecause").getAsString()).contains("外部評価会議で了承済み");
        assertThat(findings(false).stream().map(finding -> finding.get("rule").getAsString()))
                .doesNotContain("unused-suppression");
    }

    @Test
    void theKpiStatusesListTheGradesOfTheStrategysScheme() {
        List<String> grades = new ArrayList<>();
        for (JsonElement element : report.getAsJsonArray("kpiStatuses")) {
            JsonObject status = element.getAsJsonObject();
            assertThat(status.get("scheme").getAsString()).isEqualTo("tama-pro-rata");
            String name = status.getAsJsonObject("subject").get("name").getAsString();
            assertThat(status.get("figure").isJsonNull()).as("figure of %s", name).isFalse();
            grades.add(name + ":" + status.get("grade").getAsString());
        }
        assertThat(grades).hasSize(8).contains("製造品出荷額:steady", "創業者数:mostly",
                "市街地の人口密度:needs-improvement");
    }

    /** The findings that are (or are not) suppressed. */
    private static List<JsonObject> findings(boolean suppressed) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement element : report.getAsJsonArray("findings")) {
            JsonObject finding = element.getAsJsonObject();
            if (finding.has("suppressedBecause") == suppressed) {
                found.add(finding);
            }
        }
        return found;
    }
}
