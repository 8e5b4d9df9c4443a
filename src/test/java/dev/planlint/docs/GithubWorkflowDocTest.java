package dev.planlint.docs;

import dev.planlint.CliRun;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/ci.md is what we test: it holds docs/examples/planlint.yml verbatim, and the commands in it work. */
class GithubWorkflowDocTest {

    static final Path DOC = Path.of("docs/ci.md");
    static final Path WORKFLOW = Path.of("docs/examples/planlint.yml");
    static final String CHECK = "bin/planlint check ";
    static final String REFRESH = "./planlint check --fail-on never --write-baseline .planlint/baseline.json "
            + "strategies/*.strategy";

    @Test
    void theDocHoldsTheExampleWorkflowVerbatim() throws IOException {
        String workflow = Files.readString(WORKFLOW, StandardCharsets.UTF_8);

        assertThat(workflow).contains("github/codeql-action/upload-sarif@v4", "actions/setup-java", "actions/cache",
                "actions: read", "security-events: write",
                "java-version: '17'", "--format sarif --output planlint.sarif --baseline .planlint/baseline.json");
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("```yaml\n" + workflow + "```");
    }

    @Test
    void theWorkflowsCheckPassesAgainstABaselineWrittenAsDocumented(@TempDir Path directory) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains(REFRESH);
        Path baseline = directory.resolve("baseline.json");
        Path sarif = directory.resolve("planlint.sarif");

        assertThat(run(REFRESH, baseline, sarif)).isZero();
        String check = Files.readString(WORKFLOW, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> line.startsWith("run: ") && line.contains(CHECK)).findFirst().orElseThrow()
                .substring("run: ".length());
        assertThat(run(check, baseline, sarif)).as("exit code of %s", check).isZero();
        assertThat(JsonParser.parseString(Files.readString(sarif, StandardCharsets.UTF_8)).getAsJsonObject()
                .get("version").getAsString()).isEqualTo("2.1.0");
    }

    /** Runs a documented command line in-process: the glob expanded, the baseline and report in a temporary folder. */
    private static int run(String commandLine, Path baseline, Path sarif) throws IOException {
        List<String> arguments = new ArrayList<>();
        for (String word : commandLine.substring(commandLine.indexOf("check ")).split(" ")) {
            if (word.equals("strategies/*.strategy")) {
                try (Stream<Path> files = Files.list(Path.of("strategies"))) {
                    files.filter(file -> file.toString().endsWith(".strategy")).sorted()
                            .forEach(file -> arguments.add(file.toString().replace('\\', '/')));
                }
            } else {
                arguments.add(word.replace(".planlint/baseline.json", baseline.toString())
                        .replace("planlint.sarif", sarif.toString()));
            }
        }
        arguments.add(1, "--as-of=2026-11-29");
        CliRun run = CliRun.run(arguments);
        assertThat(run.err()).as("stderr of %s", arguments).isEmpty();
        return run.exit();
    }
}
