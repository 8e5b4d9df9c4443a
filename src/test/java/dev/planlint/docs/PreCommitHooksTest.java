package dev.planlint.docs;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-commit hooks at the repository root: each hook's entry is a planlint command that does what the hook says
 * on the files pre-commit hands it (those matching its {@code files} pattern), here on copies of the project's own.
 */
class PreCommitHooksTest {

    private static final Pattern HOOK = Pattern.compile(
            "(?m)^- id: (\\S+)\\n(?:  .*\\n)*?  entry: planlint (.+)\\n(?:  .*\\n)*?  files: (\\S+)$");

    private static Map<String, String[]> hooks() throws IOException {
        String text = Files.readString(Path.of(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8);
        Map<String, String[]> hooks = new LinkedHashMap<>();
        Matcher matcher = HOOK.matcher(text);
        while (matcher.find()) {
            hooks.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3)});
        }
        return hooks;
    }

    @Test
    void everyHookRunsPlanlintOnStrategyFiles() throws IOException {
        Map<String, String[]> hooks = hooks();
        assertThat(hooks).containsOnlyKeys("planlint-check", "planlint-fmt");
        hooks.values().forEach(hook -> assertThat(Pattern.compile(hook[1]).matcher("a/b.strategy").find()).isTrue());
        hooks.values().forEach(hook -> assertThat(Pattern.compile(hook[1]).matcher("README.md").find()).isFalse());
    }

    @Test
    void theHooksPassAFormattedCleanStrategyAndTheCheckHookStopsAnError(@TempDir Path directory) throws IOException {
        Path clean = directory.resolve("clean.strategy");
        Files.copy(Path.of("src/test/resources/golden/clean.strategy"), clean);
        Path wrong = directory.resolve("wrong.strategy");
        Files.writeString(wrong, "計画期間：令和7年度～令和11年度\n【基本目標1】テスト\n数値目標：\n"
                + "・指標：現状値 10人(R6年度) → 12件(R11年度)\n    改善方向：増加\n", StandardCharsets.UTF_8);
        Map<String, String[]> hooks = hooks();
        byte[] before = Files.readAllBytes(clean);

        CliRun fmt = run(hooks.get("planlint-fmt")[0], clean);
        assertThat(fmt.exit()).as(fmt.err()).isZero();
        assertThat(Files.readAllBytes(clean)).as("a formatted file stays as it is").isEqualTo(before);

        assertThat(run(hooks.get("planlint-check")[0], clean).exit()).isZero();
        CliRun check = run(hooks.get("planlint-check")[0], wrong);
        assertThat(check.exit()).as("unit-mismatch is an error").isEqualTo(1);
        assertThat(check.out()).contains("unit-mismatch");
    }

    private static CliRun run(String entry, Path file) {
        List<String> arguments = new ArrayList<>(List.of(entry.split(" ")));
        if (arguments.get(0).equals("check")) {
            // The day fixed, so that the clean fixture stays clean whatever day the test runs.
            arguments.addAll(List.of("--as-of", "2026-11-29"));
        }
        arguments.add(file.toString());
        return CliRun.run(arguments.toArray(String[]::new));
    }
}
