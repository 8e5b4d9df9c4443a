package dev.planlint.docs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;
import dev.planlint.config.Configuration;
import dev.planlint.path.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas in docs/ say what the readers accept: the configuration's keys, thresholds, schemes and levels,
 * and every part of a baseline that is required (taking one away is refused, at that part's JSON path).
 */
class JsonSchemasDocTest {

    private static final String STRATEGY = "strategies/kushiro-2nd.strategy";

    @TempDir
    Path dir;

    private static JsonObject schema(String name) throws IOException {
        return JsonParser.parseString(Files.readString(Path.of("docs", name))).getAsJsonObject();
    }

    private static CliRun check(String... arguments) {
        return CliRun.run(List.of("check", "--lang", "en", "--as-of", "2026-11-29", "--fail-on", "never"), arguments);
    }

    @Test
    void theConfigurationSchemaNamesEveryThresholdAndScheme() throws IOException {
        JsonObject properties = schema("config.schema.json").getAsJsonObject("properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrder("scheme", "thresholds", "severities");
        assertThat(properties.getAsJsonObject("thresholds").getAsJsonObject("properties").keySet())
                .containsExactlyInAnyOrderElementsOf(Configuration.DEFAULT_THRESHOLDS.keySet());
        List<String> schemes = new ArrayList<>();
        properties.getAsJsonObject("scheme").getAsJsonArray("enum").forEach(name -> schemes.add(name.getAsString()));
        assertThat(schemes).hasSize(2 * Scheme.values().length)
                .allSatisfy(name -> assertThat(Scheme.parse(name)).isPresent());
        assertThat(Arrays.stream(Scheme.values()).map(Scheme::id)).allSatisfy(id -> assertThat(schemes).contains(id));
    }

    @Test
    void theConfigurationSchemasExamplesAreAccepted() throws IOException {
        for (JsonElement example : schema("config.schema.json").getAsJsonArray("examples")) {
            Path config = Files.writeString(dir.resolve("example.json"), example.toString());
            CliRun run = check("--config", config.toString(), STRATEGY);
            assertThat(run.exit()).as(run.err()).isZero();
        }
    }

    @Test
    void theConfigurationSchemasLimitsAreTheReadersLimits() throws IOException {
        JsonObject threshold = schema("config.schema.json").getAsJsonObject("$defs").getAsJsonObject("threshold")
                .getAsJsonArray("oneOf").get(0).getAsJsonObject();
        String maximum = threshold.get("maximum").getAsString();
        Path atMaximum = Files.writeString(dir.resolve("max.json"), "{\"thresholds\": {\"tamaSteady\": " + maximum
                + "}}");
        Path overMaximum = Files.writeString(dir.resolve("over.json"), "{\"thresholds\": {\"tamaSteady\": " + maximum
                + ".5}}");
        assertThat(check("--config", atMaximum.toString(), STRATEGY).exit()).isZero();
        assertThat(check("--config", overMaximum.toString(), STRATEGY).err()).contains("between 0 and " + maximum);
    }

    @Test
    void everyPartTheBaselineSchemaRequiresIsRequired() throws IOException {
        Path written = dir.resolve("baseline.json");
        assertThat(check("--write-baseline", written.toString(), STRATEGY).exit()).isZero();
        JsonObject report = JsonParser.parseString(Files.readString(written)).getAsJsonObject();
        assertThat(report.getAsJsonArray("findings")).isNotEmpty();
        JsonObject findings = schema("baseline.schema.json").getAsJsonObject("properties")
                .getAsJsonObject("findings");
        List<String[]> required = new ArrayList<>();
        required.add(new String[] {"findings"});
        collectRequired(findings.getAsJsonObject("items"), new String[] {"findings", "0"}, required);
        assertThat(required).hasSize(7);
        for (String[] path : required) {
            JsonObject broken = report.deepCopy();
            remove(broken, path);
            Path baseline = Files.writeString(dir.resolve("broken.json"), broken.toString());
            CliRun run = check("--baseline", baseline.toString(), STRATEGY);
            assertThat(run.exit()).as(String.join(".", path)).isEqualTo(2);
            assertThat(run.err()).contains(jsonPath(path) + " must be a JSON");
        }
    }

    private static void collectRequired(JsonObject schema, String[] at, List<String[]> required) {
        if (!schema.has("required")) {
            return;
        }
        for (JsonElement name : schema.getAsJsonArray("required")) {
            String[] path = Arrays.copyOf(at, at.length + 1);
            path[at.length] = name.getAsString();
            required.add(path);
            JsonObject property = schema.getAsJsonObject("properties").getAsJsonObject(name.getAsString());
            collectRequired(property, path, required);
        }
    }

    private static void remove(JsonObject report, String[] path) {
        JsonElement parent = report;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isJsonArray() ? parent.getAsJsonArray().get(Integer.parseInt(path[i]))
                    : parent.getAsJsonObject().get(path[i]);
        }
        parent.getAsJsonObject().remove(path[path.length - 1]);
    }

    private static String jsonPath(String[] path) {
        StringBuilder text = new StringBuilder("$");
        for (String part : path) {
            text.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]" : "." + part);
        }
        return text.toString();
    }
}
