package dev.planlint.engine;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
