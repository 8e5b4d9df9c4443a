package dev.planlint.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The VS Code extension in editors/vscode: its manifest names the language, grammar and setting; every line its
 * grammar tests colour is a line of the strategy file the test names; and, where node and npm are installed and the
 * extension's packages can be installed (npm ci), the grammar tests pass under vscode-tmgrammar-test and the .vsix
 * builds with the documented command. Without them those two are skipped, saying why.
 */
class VsCodeExtensionTest {

    private static final Path EXTENSION = Path.of("editors/vscode");
    private static final Path GRAMMAR_TESTS = EXTENSION.resolve("test");

    @Test
    void theManifestContributesTheLanguageItsGrammarAndTheServersPath() throws IOException {
        JsonObject manifest = json(EXTENSION.resolve("package.json"));
        JsonObject contributes = manifest.getAsJsonObject("contributes");
        JsonObject language = contributes.getAsJsonArray("languages").get(0).getAsJsonObject();
        assertThat(language.get("id").getAsString()).isEqualTo("planlint");
        assertThat(language.getAsJsonArray("extensions").get(0).getAsString()).isEqualTo(".strategy");
        JsonObject grammar = contributes.getAsJsonArray("grammars").get(0).getAsJsonObject();
        assertThat(grammar.get("language").getAsString()).isEqualTo("planlint");
        JsonObject tmLanguage = json(EXTENSION.resolve(grammar.get("path").getAsString()));
        assertThat(tmLanguage.get("scopeName").getAsString()).isEqualTo(grammar.get("scopeName").getAsString());
        assertThat(contributes.getAsJsonObject("configuration").getAsJsonObject("properties").has("planlint.path"))
                .isTrue();
        JsonObject configuration = json(EXTENSION.resolve(language.get("configuration").getAsString()));
        // The language's comment: # at a line's start (grammar/StrategyLexer.g4, COMMENT_START).
        assertThat(configuration.getAsJsonObject("comments").get("lineComment").getAsString()).isEqualTo("#");
        assertThat(configuration.getAsJsonArray("brackets").toString()).contains("「", "」", "（", "）");
        assertThat(Files.readString(EXTENSION.resolve("extension.js"))).contains("'lsp'", "planlint");
    }

    @Test
    void everyLineTheGrammarTestsColourIsALineOfTheFileTheyName() throws IOException {
        List<Path> tests = grammarTests();
        assertThat(tests).hasSizeGreaterThanOrEqualTo(3);
        for (Path test : tests) {
            List<String> lines = Files.readAllLines(test, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("# SYNTAX TEST \"source.planlint\" \"lines of ");
            Path named = Path.of(lines.get(0).replaceFirst("^.*\"lines of ([^\\s\"]+).*$", "$1"));
            List<String> source = Files.readAllLines(named, StandardCharsets.UTF_8);
            for (String line : lines.subList(2, lines.size())) {
                if (!line.matches("#\\s*(\\^|<-).*")) {
                    assertThat(source).as("%s: a line of %s", test, named).contains(line);
                }
            }
        }
    }

    @Test
    void theGrammarTestsPassAndTheVsixBuilds(@TempDir Path out) throws Exception {
        assumeTrue(runs(List.of("node", "--version"), Path.of("."), 30).ok && runs(List.of("npm", "--version"),
                Path.of("."), 30).ok, () -> skip("node and npm are not installed (apt-get install npm)"));
        if (!Files.exists(EXTENSION.resolve("node_modules/.bin/vscode-tmgrammar-test"))) {
            Run install = runs(List.of("npm", "ci", "--no-audit", "--no-fund"), EXTENSION, 600);
            assumeTrue(install.ok, () -> skip("npm ci in editors/vscode failed (no registry?): " + install.tail()));
        }
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", "vscode-tmgrammar-test", "-g",
                "syntaxes/planlint.tmLanguage.json"));
        grammarTests().forEach(test -> command.add(EXTENSION.relativize(test).toString()));
        Run grammar = runs(command, EXTENSION, 180);
        assertThat(grammar.ok).as("vscode-tmgrammar-test: %s", grammar.output).isTrue();
        assertThat(grammar.output).doesNotContain("failed");

        Path vsix = out.resolve("planlint.vsix");
        Run packaged = runs(List.of("npx", "--no-install", "@vscode/vsce", "package", "--out", vsix.toString()),
                EXTENSION, 180);
        assertThat(packaged.ok).as("vsce package: %s", packaged.output).isTrue();
        assertThat(vsix).isNotEmptyFile();
    }

    private static String skip(String why) {
        String message = "VS Code extension's grammar tests and .vsix skipped: " + why;
        System.err.println(message);
        return message;
    }

    private static List<Path> grammarTests() throws IOException {
        try (Stream<Path> files = Files.list(GRAMMAR_TESTS)) {
            return files.filter(file -> file.toString().endsWith(".strategy")).sorted().toList();
        }
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private record Run(boolean ok, String output) {
        String tail() {
            return output.length() > 2000 ? output.substring(output.length() - 2000) : output;
        }
    }

    private static Run runs(List<String> command, Path directory, long seconds) {
        try {
            Path log = Files.createTempFile("planlint-vscode", ".log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Run(ended && process.exitValue() == 0, output);
        } catch (IOException notThere) {
            return new Run(false, String.valueOf(notThere.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Run(false, "interrupted");
        }
    }
}
