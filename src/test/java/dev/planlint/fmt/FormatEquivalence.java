package dev.planlint.fmt;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code planlint fmt} promises of a file that parses: formatting it again changes nothing, and the formatted
 * file gives the same model and the same findings as the original, positions aside (a moved line moves them).
 */
public final class FormatEquivalence {

    /** Positions, and what is only a position written another way. */
    private static final Set<String> POSITION_KEYS = Set.of("line", "column", "endLine", "endColumn");

    private FormatEquivalence() {
    }

    /** The formatted text when {@code text} parses; then checks idempotence. */
    public static Optional<String> formattedTwice(String name, String text) {
        Formatter.Result once = Formatter.format(name, text);
        if (once.formatted().isEmpty()) {
            return Optional.empty();
        }
        String formatted = once.formatted().get();
        Formatter.Result twice = Formatter.format(name, formatted);
        assertThat(twice.errors()).as("%s: the formatted text must parse:%n%s", name, formatted).isEmpty();
        assertThat(twice.formatted()).as("%s: fmt(fmt(x)) == fmt(x)", name).contains(formatted);
        return Optional.of(formatted);
    }

    /**
     * Writes {@code formatted} over {@code file} (a scratch copy, its predecessors beside it) and checks that
     * {@code show --format json} and {@code check --format json} give what they gave for the original.
     */
    public static void assertSameModelAndFindings(Path file, String formatted, List<String> checkOptions)
            throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        JsonElement modelBefore = model(file);
        List<String> findingsBefore = findings(file, checkOptions);
        Files.writeString(file, formatted, StandardCharsets.UTF_8);
        try {
            assertThat(model(file)).as("%s: the same model, positions aside;%nbefore:%n%s%nafter:%n%s", file,
                    before, formatted).isEqualTo(modelBefore);
            assertThat(findings(file, checkOptions)).as("%s: the same findings, positions aside;%nbefore:%n%s%n"
                    + "after:%n%s", file, before, formatted).isEqualTo(findingsBefore);
        } finally {
            Files.writeString(file, before, StandardCharsets.UTF_8);
        }
    }

    private static JsonElement model(Path file) {
        CliRun run = CliRun.run("show", "--format", "json", "--lang", "en", file.toString());
        return run.exit() == 0 ? withoutPositions(JsonParser.parseString(run.out())) : JsonParser.parseString(
                "{\"exit\":" + run.exit() + "}");
    }

    /** The findings and diagnostics, positions taken out, sorted: a moved attribute reorders them. */
    private static List<String> findings(Path file, List<String> options) {
        List<String> arguments = new ArrayList<>(List.of("check", "--format", "json", "--lang", "en",
                "--fail-on", "never"));
        arguments.addAll(options);
        arguments.add(file.toString());
        CliRun run = CliRun.run(arguments);
        List<String> found = new ArrayList<>();
        found.add("exit " + run.exit());
        if (run.exit() != 2) {
            JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
            for (String part : List.of("findings", "diagnostics")) {
                JsonArray items = report.has(part) ? report.getAsJsonArray(part) : new JsonArray();
                items.forEach(item -> found.add(part + " " + withoutPositions(item)));
            }
        }
        found.sort(null);
        return found;
    }

    private static JsonElement withoutPositions(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject copy = new JsonObject();
            element.getAsJsonObject().entrySet().stream().filter(entry -> !POSITION_KEYS.contains(entry.getKey()))
                    .forEach(entry -> copy.add(entry.getKey(), withoutPositions(entry.getValue())));
            return copy;
        }
        if (element.isJsonArray()) {
            JsonArray copy = new JsonArray();
            element.getAsJsonArray().forEach(item -> copy.add(withoutPositions(item)));
            return copy;
        }
        return element;
    }
}
