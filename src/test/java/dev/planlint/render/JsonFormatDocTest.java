package dev.planlint.render;

import dev.planlint.CliRun;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/json-format.md names every field of the model and of the check report, and its example is what ModelJson writes. */
class JsonFormatDocTest {

    private static final Path DOC = Path.of("docs/json-format.md");
    private static final Path CONSTRUCTS = Path.of("src/test/resources/dev/planlint/parser/constructs-ja.strategy");

    @Test
    void everyFieldIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        Set<String> fields = new TreeSet<>();
        fieldNames(ModelJson.strategy(parse(CONSTRUCTS)), fields);
        fieldNames(ModelJson.diagnostic(Diagnostic.error(new SourcePosition("a.strategy", 1, 2), "file.empty",
                "a.strategy"), Locale.ENGLISH), fields);

        fieldNames(checkReport(), fields);

        assertThat(fields).hasSizeGreaterThan(40);
        assertThat(fields.stream().filter(field -> !doc.contains("`" + field + "`")
                && !doc.contains("{" + field + ",") && !doc.contains(", " + field)))
                .as("fields of ModelJson not in docs/json-format.md").isEmpty();
    }

    @Test
    void exampleIsTheFirstTargetOfTheConstructsFile() throws IOException {
        JsonObject strategy = ModelJson.strategy(parse(CONSTRUCTS));
        JsonElement firstKpi = strategy.getAsJsonArray("goals").get(0).getAsJsonObject().getAsJsonArray("kpis")
                .get(0);
        List<String> blocks = jsonBlocks(Files.readString(DOC));

        assertThat(JsonParser.parseString(blocks.get(blocks.size() - 1))).isEqualTo(firstKpi);
    }

    private static Strategy parse(Path file) throws IOException {
        StrategyParsing.Result result = StrategyParsing.parse(file.toString(), Files.readString(file));
        assertThat(result.hasErrors()).isFalse();
        return result.strategy().orElseThrow();
    }

    /** The report of a check with findings, a suppression, statuses and a predecessor. */
    private static JsonElement checkReport() {
        CliRun run = CliRun.run("check", "--format", "json", "--fail-on", "never", "--as-of", "2026-11-29",
                "strategies/examples/fictional-progress.strategy", "strategies/kushiro-3rd-draft.strategy");
        return JsonParser.parseString(run.out());
    }

    /** Field names, except the figures of findings: each rule's page lists its own. */
    private static void fieldNames(JsonElement json, Set<String> names) {
        if (json.isJsonObject()) {
            json.getAsJsonObject().entrySet().forEach(entry -> {
                names.add(entry.getKey());
                if (!entry.getKey().equals("figures")) {
                    fieldNames(entry.getValue(), names);
                }
            });
        } else if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(element -> fieldNames(element, names));
        }
    }

    private static List<String> jsonBlocks(String doc) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : doc.lines().toList()) {
            if (line.strip().equals("```json")) {
                block = new StringBuilder();
            } else if (line.startsWith("```") && block != null) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
