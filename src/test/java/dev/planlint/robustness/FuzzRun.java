package dev.planlint.robustness;

import dev.planlint.CliRun;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Runs planlint check in-process on one input and asserts what must hold for every input, however broken. */
final class FuzzRun {

    static final Duration LIMIT = Duration.ofSeconds(5);

    private FuzzRun() {
    }

    static void checkHolds(String file, String what) {
        CliRun run = assertTimeoutPreemptively(LIMIT, () -> CliRun.run(
                "check", "--lang", "en", "--as-of", "2026-11-29", "--format", "json", file), what);
        int exit = run.exit();
        assertThat(exit).as("exit of %s", what).isIn(0, 1, 2);
        assertThat(run.err()).as("stderr of %s", what)
                .doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        List<JsonElement> diagnostics = report.getAsJsonArray("diagnostics").asList();
        if (exit == 2) {
            assertThat(diagnostics).as("diagnostics of %s", what).isNotEmpty();
        }
        for (JsonElement diagnostic : diagnostics) {
            JsonObject position = diagnostic.getAsJsonObject();
            assertThat(position.get("line").getAsInt()).as("line in %s", what).isPositive();
            assertThat(position.get("column").getAsInt()).as("column in %s", what).isPositive();
            assertThat(position.get("message").getAsString()).as("message in %s", what).isNotBlank()
                    .doesNotStartWith("diagnostic.");
        }
    }
}
