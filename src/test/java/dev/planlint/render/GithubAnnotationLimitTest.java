package dev.planlint.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the Kushiro draft (4 errors, 30 warnings, 29 notices) the GitHub format stays within GitHub's ten annotations
 * of a kind per step, and the annotations plus the log lines after them hold every active finding exactly once;
 * the job summary gets the whole Markdown report.
 */
class GithubAnnotationLimitTest {

    private static final List<String> KUSHIRO = List.of("check", "--lang", "en", "--as-of", GoldenFiles.AS_OF,
            "--fail-on", "never", "strategies/kushiro-3rd-draft.strategy");
    private static final Pattern ANNOTATION = Pattern.compile(
            "::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),title=([^,:]+)::(.*)");
    private static final Pattern MORE = Pattern.compile("::(error|warning|notice) title=planlint::(\\d+) more .*");
    private static final Pattern LOG_LINE = Pattern.compile(
            "([^:]+):(\\d+):(\\d+): (error|warning|notice): (.*) \\[([^\\]]+)]");

    @Test
    void atMostTenOfAKindAreAnnotatedAndTheRestAreLogged() {
        List<String> lines = run("github").out().lines().toList();

        List<String> reported = new ArrayList<>();
        Map<String, Integer> annotations = new TreeMap<>();
        Map<String, Integer> saidToBeMore = new TreeMap<>();
        boolean inGroup = false;
        for (String line : lines) {
            Matcher annotation = ANNOTATION.matcher(line);
            Matcher more = MORE.matcher(line);
            Matcher logged = LOG_LINE.matcher(line);
            if (line.startsWith("::group::")) {
                inGroup = true;
            } else if (line.equals("::endgroup::")) {
                inGroup = false;
            } else if (annotation.matches()) {
                annotations.merge(annotation.group(1), 1, Integer::sum);
                reported.add(key(annotation.group(1), annotation.group(3), annotation.group(4), annotation.group(5),
                        annotation.group(6).replace("%25", "%")));
            } else if (more.matches()) {
                annotations.merge(more.group(1), 1, Integer::sum);
                saidToBeMore.put(more.group(1), Integer.parseInt(more.group(2)));
            } else {
                assertThat(inGroup).as("a plain line outside the group: %s", line).isTrue();
                assertThat(logged.matches()).as("log line %s", line).isTrue();
                reported.add(key(logged.group(4), logged.group(2), logged.group(3), logged.group(6),
                        logged.group(5)));
            }
        }

        assertThat(annotations).containsOnlyKeys("error", "warning", "notice")
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isLessThanOrEqualTo(10));
        assertThat(saidToBeMore).isEqualTo(Map.of("warning", 21, "notice", 20));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(activeFindings());
        assertThat(reported).hasSize(4 + 30 + 29);
    }

    @Test
    void errorsComeFirst() {
        List<String> lines = run("github").out().lines().toList();

        assertThat(lines.subList(0, 4)).allSatisfy(line -> assertThat(line).startsWith("::error "));
        assertThat(lines.get(4)).startsWith("::warning ");
    }

    @Test
    void theJobSummaryGetsTheWholeMarkdownReportAppended(@TempDir Path directory) throws Exception {
        Path summary = directory.resolve("step_summary.md");
        Files.writeString(summary, "## An earlier tool's summary\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.planlint.cli.Main", "check",
                "--format", "github"));
        command.addAll(KUSHIRO.subList(1, KUSHIRO.size()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile());
        builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(directory.resolve("err.txt"))).isZero();
        assertThat(Files.readString(directory.resolve("out.txt"), StandardCharsets.UTF_8))
                .isEqualTo(run("github").out());
        assertThat(Files.readString(summary, StandardCharsets.UTF_8))
                .isEqualTo("## An earlier tool's summary\n" + run("markdown").out());
    }

    @Test
    void withoutTheVariableNoSummaryIsWritten() {
        assertThat(System.getenv("GITHUB_STEP_SUMMARY")).as("the test runs outside GitHub Actions").isNull();
        assertThat(run("github").err()).isEmpty();
    }

    private static CliRun run(String format) {
        CliRun run = CliRun.run(List.of("check", "--format", format), KUSHIRO.subList(1, KUSHIRO.size())
                .toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private static List<String> activeFindings() {
        JsonObject report = JsonParser.parseString(run("json").out()).getAsJsonObject();
        List<String> keys = new ArrayList<>();
        for (JsonElement element : report.getAsJsonArray("findings")) {
            JsonObject finding = element.getAsJsonObject();
            if (!finding.get("state").getAsString().equals("new")) {
                continue;
            }
            String kind = switch (finding.get("severity").getAsString()) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "notice";
            };
            JsonObject location = finding.getAsJsonObject("location");
            keys.add(key(kind, location.get("line").getAsString(), location.get("column").getAsString(),
                    finding.get("rule").getAsString(), finding.getAsJsonObject("message").get("en").getAsString()));
        }
        return keys;
    }

    private static String key(String kind, String line, String column, String rule, String message) {
        return kind + " " + line + ":" + column + " " + rule + " " + message;
    }
}
