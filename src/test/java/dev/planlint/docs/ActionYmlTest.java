package dev.planlint.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reusable action at the repository root: its inputs are the ones docs/ci.md lists, each passed to the command
 * through the environment (never pasted into the script, where a value could run as code), and the files it runs
 * exist: the Maven wrapper that builds the release and the release's launcher.
 */
class ActionYmlTest {

    private static final Path ACTION = Path.of("action.yml");

    @Test
    void theInputsAreTheDocumentedOnes() throws IOException {
        String action = Files.readString(ACTION, StandardCharsets.UTF_8);
        String inputs = action.substring(action.indexOf("inputs:\n"), action.indexOf("runs:\n"));
        List<String> names = Pattern.compile("(?m)^  ([a-z-]+):$").matcher(inputs).results()
                .map(match -> match.group(1)).toList();

        assertThat(names).containsExactly("files", "format", "output", "baseline", "fail-on", "lang", "args",
                "release-url", "java-version");
        String doc = Files.readString(Path.of("docs/ci.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(doc).contains(names.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")));
    }

    @Test
    void scriptsReadInputsOnlyThroughTheEnvironment() throws IOException {
        boolean inScript = false;
        for (String line : Files.readAllLines(ACTION, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("run: |")) {
                inScript = true;
            } else if (inScript && !line.startsWith("        ")) {
                inScript = false;
            }
            if (inScript) {
                assertThat(line).as("a script line").doesNotContain("${{");
            }
        }
        Matcher env = Pattern.compile("\\$\\{\\{ inputs\\.([a-z-]+) }}").matcher(
                Files.readString(ACTION, StandardCharsets.UTF_8));
        assertThat(env.find()).isTrue();
    }

    @Test
    void whatItRunsIsThere() {
        assertThat(Path.of("mvnw")).isExecutable();
        assertThat(Path.of(".mvn/wrapper/maven-wrapper.properties")).isRegularFile();
        assertThat(Path.of("src/dist/bin/planlint")).isExecutable();
    }
}
