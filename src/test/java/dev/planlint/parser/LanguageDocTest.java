package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doc meta-test: every line of every {@code ```strategy} example in docs/language.md is a line of a strategy file
 * that the tests parse, so the reference cannot show a line the parser does not read as described.
 */
class LanguageDocTest {

    private static final Path DOC = Path.of("docs/language.md");
    private static final List<Path> PARSED_DIRECTORIES = List.of(Path.of("strategies"), Path.of("strategies/examples"),
            Path.of("src/test/resources/dev/planlint/parser"));

    @Test
    void everyExampleLineIsInAParsedFile() throws IOException {
        Set<String> parsedLines = parsedFiles().stream()
                .flatMap(file -> read(file).lines())
                .map(String::stripTrailing)
                .collect(Collectors.toSet());
        List<String> examples = exampleLines();

        assertThat(examples).hasSizeGreaterThan(50);
        assertThat(examples.stream().filter(line -> !parsedLines.contains(line)))
                .as("example lines of docs/language.md in no file of %s", PARSED_DIRECTORIES).isEmpty();
    }

    @Test
    void everyFileTheExamplesComeFromParsesWithoutErrors() throws IOException {
        List<Path> files = parsedFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : files) {
            StrategyParsing.Result result = StrategyParsing.parse(file.toString(), read(file));
            assertThat(result.diagnostics()).as(file.toString()).noneMatch(Diagnostic::isError);
        }
    }

    @Test
    void everyDiagnosticCodeIsListed() throws IOException {
        String doc = read(DOC);
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/planlint/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> codes = english.stringPropertyNames().stream().filter(key -> key.startsWith("diagnostic."))
                .map(key -> key.substring("diagnostic.".length())).sorted().toList();
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(doc).contains("| `" + code + "` | "
                + english.getProperty("diagnostic." + code).replace("''", "'").replace("|", "\\|") + " |"));
    }

    /** The non-blank lines of the {@code ```strategy} blocks. */
    static List<String> exampleLines() {
        List<String> lines = new ArrayList<>();
        boolean inExample = false;
        for (String line : read(DOC).lines().toList()) {
            if (line.startsWith("```")) {
                inExample = !inExample && line.strip().equals("```strategy");
            } else if (inExample && !line.isBlank()) {
                lines.add(line.stripTrailing());
            }
        }
        return lines;
    }

    private static List<Path> parsedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path directory : PARSED_DIRECTORIES) {
            try (Stream<Path> listed = Files.list(directory)) {
                listed.filter(file -> file.toString().endsWith(".strategy")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
