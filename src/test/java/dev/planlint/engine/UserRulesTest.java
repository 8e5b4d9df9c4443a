package dev.planlint.engine;

import dev.planlint.ChildJvm;
import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** User rule files (--rules DIR): compiled at run time, run beside the shipped rules, errors with file and line. */
class UserRulesTest {

    private static final String KUSHIRO_2ND = "strategies/kushiro-2nd.strategy";

    private static CliRun check(String... arguments) {
        return CliRun.run(List.of("check", "--lang", "en", "--as-of", "2026-11-29"), arguments);
    }

    @Test
    void userRulesRunBesideTheShippedOnes() {
        CliRun run = check("--fail-on", "never", "--rules", "src/test/resources/user-rules/good", KUSHIRO_2ND);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("kushiro-2nd.strategy:108:2: info: The KPI name is long [long-kpi-name]")
                .contains("[cumulative-target-decline]")
                .contains("kushiro-2nd.strategy:30:2: info: The cumulative window is longer than four years"
                        + " [long-cumulative-window]");
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLineAndNoStackTrace() {
        CliRun run = check("--rules", "src/test/resources/user-rules/broken", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("src/test/resources/user-rules/broken/broken.drl:7: error: ")
                .contains("nosuchfield")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDirectoryWithoutRuleFilesIsAnError() {
        CliRun run = check("--rules", "src/test/resources/user-rules/none", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("src/test/resources/user-rules/none");
    }

    @Test
    void aRuleThatNeverEndsIsStoppedAtTheTimeLimitAndNamed() {
        long started = System.nanoTime();
        CliRun run = check("--rules", "src/test/resources/user-rules/endless", "--rules-timeout", "1", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"Spins forever on the first KPI\" "
                        + "(src/test/resources/user-rules/endless/endless.drl:6)")
                .contains("after 1 second (fired ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        // Not a timing assertion on planlint's speed: the limit must have been what ended the run, not a hang.
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(60);
    }

    @Test
    void aRuleThatFeedsOnItsOwnInsertsIsStoppedAndNamedWithItsFirings() {
        CliRun run = check("--rules", "src/test/resources/user-rules/self-feeding", "--rules-timeout", "1",
                KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"Feeds on its own findings\" "
                + "(src/test/resources/user-rules/self-feeding/self-feeding.drl:7)").containsPattern("fired [0-9,]+ times");
    }

    @Test
    void aRuleThatThrowsIsReportedAsThatRulesErrorInJapaneseToo() {
        CliRun english = check("--rules", "src/test/resources/user-rules/throwing", KUSHIRO_2ND);
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).contains("\"Divides by zero\" (src/test/resources/user-rules/throwing/throwing.drl:6)"
                + " failed (arithmetic error: / by zero)").doesNotContain("Exception").doesNotContain("internal");
        CliRun japanese = CliRun.run("check", "--lang", "ja", "--rules", "src/test/resources/user-rules/throwing",
                KUSHIRO_2ND);
        assertThat(japanese.err()).contains("ユーザールール「Divides by zero」（src/test/resources/user-rules/throwing/"
                + "throwing.drl:6）の実行に失敗しました");
    }

    @Test
    void aConditionThatThrowsIsReportedAsItsRulesError() {
        CliRun run = check("--rules", "src/test/resources/user-rules/throwing-condition", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"Reads past the end of the name\" "
                + "(src/test/resources/user-rules/throwing-condition/throwing-condition.drl:6) failed")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("internal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3601", "-5"})
    void aTimeLimitOutsideItsRangeIsRefused(String seconds) {
        CliRun run = check("--rules", "src/test/resources/user-rules/good", "--rules-timeout", seconds, KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--rules-timeout takes 1 to 3600 seconds");
    }

    /** System.exit ends the process it is called in, so this case runs planlint in a child JVM of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void aRuleThatCallsSystemExitEndsTheRunWithCode2AndWritesNoReport(String format, @TempDir Path folder)
            throws IOException, InterruptedException {
        Path report = folder.resolve("report." + format);
        Process child = ChildJvm.start(List.of("dev.planlint.cli.Main", "check", "--lang", "en", "--format", format,
                "--output", report.toString(), "--rules", "src/test/resources/user-rules/exiting", KUSHIRO_2ND),
                "", Map.of());
        child.getOutputStream().close();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("exit code; stderr: %s", err).isEqualTo(2);
        assertThat(err).contains("\"Ends the program\" (src/test/resources/user-rules/exiting/exiting.drl:6) tried"
                + " to end planlint (System.exit)");
        try (var left = Files.list(folder)) {
            assertThat(left.toList()).as("no report and no temporary file").isEmpty();
        }
    }
}
