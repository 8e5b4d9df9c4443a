package dev.planlint.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.catalog.Release;
import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Microsoft's SARIF multitool ({@code npm install -g @microsoft/sarif-multitool}, which .ci/run does) validates the
 * SARIF reports with its own rules, beyond the schema: the ones GitHub code scanning and other viewers rely on. It
 * must report no error and no warning. Skipped, saying so, where the tool is not installed.
 */
class SarifMultitoolTest {

    private static final String TOOL = "sarif-multitool";

    @BeforeAll
    static void toolIsInstalled() {
        assumeTrue(runs(List.of(TOOL, "--version")),
                "SARIF multitool not installed (npm install -g @microsoft/sarif-multitool): validation skipped");
    }

    /**
     * A build given the project's web site ({@code -Dplanlint.site}) gets no error and no warning. A build without
     * one (the default: the project has no site yet) gets only SARIF2005's warning that the driver has no
     * {@code informationUri}; planlint will not invent an address.
     */
    @Test
    void theMultitoolFindsNothingToComplainAbout(@TempDir Path directory) throws Exception {
        Release published = new Release(Release.current().version(), Optional.of("https://example.org/planlint"),
                Optional.of("https://example.org/planlint/rules/"));
        List<String> reports = new ArrayList<>();
        for (Path strategy : List.of(Path.of("strategies/kushiro-3rd-draft.strategy"),
                GoldenFiles.FIXTURES.resolve("fixture.strategy"), GoldenFiles.FIXTURES.resolve("syntax-error.strategy"),
                GoldenFiles.FIXTURES.resolve("hostile.strategy"))) {
            String name = strategy.getFileName().toString().replace(".strategy", "");
            reports.add(write(directory.resolve("published-" + name + ".sarif"), strategy, published));
            reports.add(write(directory.resolve("default-" + name + ".sarif"), strategy, Release.current()));
        }
        Path verdict = directory.resolve("validation.sarif");

        List<String> command = new ArrayList<>(List.of(TOOL, "validate", "--output", verdict.toString()));
        command.addAll(reports);
        assertThat(runs(command)).as("sarif-multitool validate ran").isTrue();

        List<String> complaints = new ArrayList<>();
        JsonObject log = JsonParser.parseString(Files.readString(verdict, StandardCharsets.UTF_8)).getAsJsonObject();
        for (JsonElement run : log.getAsJsonArray("runs")) {
            JsonObject runObject = run.getAsJsonObject();
            if (!runObject.has("results")) {
                continue;
            }
            for (JsonElement result : runObject.getAsJsonArray("results")) {
                JsonObject json = result.getAsJsonObject();
                String level = json.has("level") ? json.get("level").getAsString() : "warning";
                String file = json.getAsJsonArray("locations").get(0).getAsJsonObject()
                        .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri")
                        .getAsString();
                String message = json.getAsJsonObject("message").toString();
                boolean noSiteConfigured = file.contains("default-") && json.get("ruleId").getAsString()
                        .equals("SARIF2005") && message.contains("Warning_ProvideToolnformationUri");
                if ((level.equals("error") || level.equals("warning")) && !noSiteConfigured) {
                    complaints.add(file + ": " + level + " " + json.get("ruleId").getAsString() + ": " + message);
                }
            }
        }
        assertThat(complaints).as("errors and warnings of the SARIF multitool").isEmpty();
    }

    private static String write(Path file, Path strategy, Release release) throws IOException {
        Report report = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(),
                LocalDate.parse(GoldenFiles.AS_OF), Optional.empty()).check(List.of(strategy));
        Files.writeString(file, new SarifReportRenderer(new RenderOptions(Locale.JAPANESE, false,
                RuleCatalog.shipped()), release).toJson(report).toString(), StandardCharsets.UTF_8);
        return file.toString();
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
