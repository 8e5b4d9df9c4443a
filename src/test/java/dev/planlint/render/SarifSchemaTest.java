package dev.planlint.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.planlint.catalog.Release;
import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The SARIF report validates against the official SARIF 2.1.0 schema and carries what code scanning needs. */
class SarifSchemaTest {

    static final Path SCHEMA = Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json");

    private static Schema schema;

    /** The violations of the SARIF 2.1.0 schema in {@code sarif}, empty for a valid report. */
    static synchronized List<Error> violations(String sarif) throws IOException {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
        }
        return schema.validate(sarif, InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture", "clean", "syntax-error", "hostile"})
    void reportValidatesAgainstTheSchema(String fixture) throws Exception {
        String sarif = GoldenFiles.checkFixture("sarif", fixture).writtenText();

        assertThat(violations(sarif)).as("schema violations in the SARIF report of %s", fixture).isEmpty();
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws Exception {
        JsonObject sarif = sarif("fixture");
        firstResult(sarif).addProperty("level", "fatal");

        assertThat(violations(sarif.toString())).isNotEmpty();
    }

    @Test
    void theDriverSaysWhichVersionWroteIt() throws Exception {
        JsonObject driver = driver(sarif("clean"));

        assertThat(driver.get("version").getAsString()).isEqualTo(Release.current().version())
                .isNotBlank().doesNotContain("${");
        assertThat(driver.get("semanticVersion").getAsString())
                .matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
        assertThat(driver.has("informationUri")).as("no project site is configured for this build").isFalse();
    }

    @Test
    void aBuildGivenTheProjectsAddressesLinksTheSiteAndEveryRulePage() throws Exception {
        Release published = new Release("1.2.3", Optional.of("https://example.org/planlint"),
                Optional.of("https://example.org/planlint/rules/"));
        Report report = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(),
                LocalDate.parse(GoldenFiles.AS_OF), Optional.empty())
                .check(List.of(GoldenFiles.FIXTURES.resolve("fixture.strategy")));

        JsonObject sarif = new SarifReportRenderer(new RenderOptions(Locale.ENGLISH, false, RuleCatalog.shipped()),
                published).toJson(report);

        assertThat(driver(sarif).get("informationUri").getAsString()).isEqualTo("https://example.org/planlint");
        assertThat(driver(sarif).get("version").getAsString()).isEqualTo("1.2.3");
        for (JsonElement rule : driver(sarif).getAsJsonArray("rules")) {
            String id = rule.getAsJsonObject().get("id").getAsString();
            if (RuleCatalog.shipped().rules().stream().anyMatch(info -> info.id().equals(id))) {
                assertThat(rule.getAsJsonObject().get("helpUri").getAsString())
                        .isEqualTo("https://example.org/planlint/rules/" + id + ".md");
            }
        }
        assertThat(violations(sarif.toString())).isEmpty();
    }

    @Test
    void everyCatalogRuleIsDescribedWithItsPage() throws Exception {
        JsonArray rules = driver(sarif("clean")).getAsJsonArray("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.getAsJsonObject().get("id").getAsString()));

        RuleCatalog.shipped().rules().forEach(rule -> {
            assertThat(ids).contains(rule.id());
            JsonObject descriptor = rules.get(ids.indexOf(rule.id())).getAsJsonObject();
            assertThat(descriptor.has("helpUri")).as("no project site is configured for this build, so no link")
                    .isFalse();
            assertThat(descriptor.getAsJsonObject("help").get("text").getAsString()).isEqualTo(rule.page());
            assertThat(descriptor.getAsJsonObject("shortDescription").get("text").getAsString())
                    .isEqualTo(rule.titleEn());
            assertThat(descriptor.getAsJsonObject("defaultConfiguration").get("level").getAsString())
                    .isEqualTo(SarifReportRenderer.level(rule.severity()));
        });
        assertThat(ids).contains("input-error");
    }

    @Test
    void resultsPointAtTheirRuleAndTheirPlace() throws Exception {
        JsonObject sarif = sarif("fixture");
        JsonArray rules = driver(sarif).getAsJsonArray("rules");

        for (JsonElement element : results(sarif)) {
            JsonObject result = element.getAsJsonObject();
            int index = result.get("ruleIndex").getAsInt();
            assertThat(rules.get(index).getAsJsonObject().get("id").getAsString())
                    .isEqualTo(result.get("ruleId").getAsString());
            JsonObject artifact = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
            assertThat(artifact.get("uri").getAsString()).isEqualTo("src/test/resources/golden/fixture.strategy");
            assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
            assertThat(result.has("baselineState")).as("no baseline, no baseline state").isFalse();
        }
        assertThat(levels(sarif)).contains("error", "warning", "note");
    }

    @Test
    void suppressedFindingsCarryTheWrittenReason() throws Exception {
        JsonObject suppressed = null;
        for (JsonElement result : results(sarif("fixture"))) {
            if (result.getAsJsonObject().has("suppressions")) {
                suppressed = result.getAsJsonObject();
            }
        }

        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("ruleId").getAsString()).isEqualTo("target-equals-baseline");
        JsonObject suppression = suppressed.getAsJsonArray("suppressions").get(0).getAsJsonObject();
        assertThat(suppression.get("kind").getAsString()).isEqualTo("inSource");
        assertThat(suppression.get("justification").getAsString()).isEqualTo("国の交付金の要件で現状維持を目標とする");
    }

    @Test
    void inputErrorsAreResultsOfTheRuleInputError() throws Exception {
        JsonObject result = firstResult(sarif("syntax-error"));

        assertThat(result.get("ruleId").getAsString()).isEqualTo("input-error");
        assertThat(result.get("level").getAsString()).isEqualTo("error");
        JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertThat(region.get("startLine").getAsInt()).isEqualTo(7);
        assertThat(region.get("startColumn").getAsInt()).isEqualTo(23);
    }

    @Test
    void withABaselineEveryResultSaysWhetherItIsNew(@TempDir Path directory) throws Exception {
        Path baseline = directory.resolve("baseline.json");
        GoldenFiles.checkFixture("json", "clean", "--write-baseline", baseline.toString());
        String cleanBaseline = Files.readString(baseline, StandardCharsets.UTF_8);
        GoldenFiles.checkFixture("json", "fixture", "--write-baseline", baseline.toString());

        String sarif = GoldenFiles.checkFixture("sarif", "fixture", "--baseline", baseline.toString()).writtenText();
        assertThat(violations(sarif)).isEmpty();
        assertThat(states(sarif)).containsOnly("unchanged");

        Files.writeString(baseline, cleanBaseline, StandardCharsets.UTF_8);
        assertThat(states(GoldenFiles.checkFixture("sarif", "fixture", "--baseline", baseline.toString()).writtenText()))
                .containsOnly("new");
    }

    private static List<String> states(String sarif) {
        List<String> states = new ArrayList<>();
        results(JsonParser.parseString(sarif).getAsJsonObject())
                .forEach(result -> states.add(result.getAsJsonObject().get("baselineState").getAsString()));
        assertThat(states).isNotEmpty();
        return states;
    }

    private static List<String> levels(JsonObject sarif) {
        List<String> levels = new ArrayList<>();
        results(sarif).forEach(result -> levels.add(result.getAsJsonObject().get("level").getAsString()));
        return levels;
    }

    private static JsonObject sarif(String fixture) throws Exception {
        return JsonParser.parseString(GoldenFiles.checkFixture("sarif", fixture).writtenText()).getAsJsonObject();
    }

    private static JsonObject driver(JsonObject sarif) {
        return sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool")
                .getAsJsonObject("driver");
    }

    private static JsonArray results(JsonObject sarif) {
        return sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
    }

    private static JsonObject firstResult(JsonObject sarif) {
        return results(sarif).get(0).getAsJsonObject();
    }
}
