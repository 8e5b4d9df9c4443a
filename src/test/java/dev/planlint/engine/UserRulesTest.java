package dev.planlint.engine;

import dev.planlint.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** User rule files (--rules DIR): compiled at run time, run beside the shipped rules, errors with file and line. */
class UserRulesTest {

    private static final String KUSHIRO_2ND = "strategies/kushiro-2nd.strategy";

    private record Run(int exit, String out, String err) {
    }

    private static Run check(String... arguments) {
        List<String> all = new ArrayList<>(List.of("check", "--lang", "en", "--as-of", "2026-11-29"));
        all.addAll(List.of(arguments));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void userRulesRunBesideTheShippedOnes() {
        Run run = check("--fail-on", "never", "--rules", "src/test/resources/user-rules/good", KUSHIRO_2ND);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("kushiro-2nd.strategy:108:2: info: The KPI name is long [long-kpi-name]")
                .contains("[cumulative-target-decline]");
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLineAndNoStackTrace() {
        Run run = check("--rules", "src/test/resources/user-rules/broken", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("src/test/resources/user-rules/broken/broken.drl:7: error: ")
                .contains("nosuchfield")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDirectoryWithoutRuleFilesIsAnError() {
        Run run = check("--rules", "src/test/resources/user-rules/none", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("src/test/resources/user-rules/none");
    }
}
