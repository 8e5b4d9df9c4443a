package dev.planlint.render;

import dev.planlint.ChildJvm;
import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a user wrote stays inert in every text a person or a CI runner reads: a file name and a KPI name holding a
 * terminal escape (an OSC 8 link), BEL, a newline, U+202E and the workflow commands {@code ::error::} and
 * {@code ##[group]} come out escaped, and no output line starts a runner command.
 */
class InertTextTest {

    private static final String HOSTILE_FILE = "::error::owned\u001B]8;;https:example.invalid\u0007x\u001B]8;;\u0007"
            + "\u202Egpj.strategy";
    private static final String HOSTILE_KPI = "延べ\u202E宿泊客数##[group]x\u0007";

    @TempDir
    Path dir;

    private Path hostile() throws IOException {
        String text = Files.readString(Path.of("strategies/kushiro-2nd.strategy"))
                .replace("・延べ宿泊客数：", "・" + HOSTILE_KPI + "：");
        return Files.writeString(dir.resolve(HOSTILE_FILE), text);
    }

    private static CliRun check(String format, Path file) {
        return CliRun.run(List.of("check", "--lang", "en", "--as-of", "2026-11-29", "--fail-on", "never",
                "--format", format), file.toString());
    }

    @Test
    void theTextFormatShowsControlsBidiAndCommandsEscaped() throws IOException {
        Path file = hostile();
        String out = check("text", file).out();

        assertThat(out).doesNotContain("\u001B", "\u0007", "\u202E", "##[group]");
        assertThat(out).contains("\\u001B]8;;https:example.invalid\\u0007x", "\\u202E", "##\\[group]");
        for (String line : out.split("\n")) {
            assertThat(line.stripLeading()).as(line).doesNotStartWith("::").doesNotContain("##[");
        }
    }

    @Test
    void aRelativeFileNameThatIsAWorkflowCommandStartsWithDotSlash() {
        assertThat(Escape.lineStart("::error::x.strategy")).isEqualTo("./::error::x.strategy");
        assertThat(Escape.lineStart("a::b.strategy")).isEqualTo("a::b.strategy");
        assertThat(Escape.text("a\nb\u2028c\u0085")).isEqualTo("a\\u000Ab\\u2028c\\u0085");
    }

    @Test
    void aDiagnosticOnAHostileLineIsInertToo() throws IOException {
        Path file = Files.writeString(dir.resolve("::warning::x.strategy"), "計画期間：令和7年度～令和11年度\n"
                + "【基本目標1】テスト\u202E##[error]\u001B[2J\n数値目標：\n・指標A：現状値 10人(令和0年) → 12人(R9年)\n");
        CliRun run = CliRun.run(List.of("check", "--lang", "en"), file.toString());
        String all = run.out() + run.err();
        assertThat(all).doesNotContain("\u001B", "\u202E", "##[");
        for (String line : all.split("\n")) {
            assertThat(line.stripLeading()).as(line).doesNotStartWith("::");
        }
    }

    @Test
    void htmlAndMarkdownShowBidiOverridesInsteadOfObeyingThem() throws IOException {
        Path file = hostile();
        for (String format : List.of("html", "markdown")) {
            String out = check(format, file).out();
            assertThat(out).as(format).doesNotContain("\u202E").contains("\\u202E");
        }
    }

    /** The job summary is written where GITHUB_STEP_SUMMARY points, so this case runs in a JVM of its own. */
    @Test
    void theJobSummaryShowsBidiOverridesAndNoRunnerCommand() throws Exception {
        Path file = hostile();
        Path summary = dir.resolve("summary.md");
        Process child = ChildJvm.start(List.of("dev.planlint.cli.Main", "check", "--lang", "en", "--as-of",
                "2026-11-29", "--fail-on", "never", "--format", "github", file.toString()), "",
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        child.getOutputStream().close();
        String annotations = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        String written = Files.readString(summary);
        assertThat(written).contains("\\u202E").doesNotContain("\u202E", "\u001B", "\u0007", "##[group]");
        for (String line : written.split("\n")) {
            assertThat(line.stripLeading()).as(line).doesNotStartWith("::");
        }
        assertThat(annotations).doesNotContain("\u202E", "\u001B");
    }
}
