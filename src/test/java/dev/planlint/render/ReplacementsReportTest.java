package dev.planlint.render;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KPI that replaces two previous ones, and two that replace one (parser/replacements.strategy): every report names
 * the old KPI whose outcome it shows, and the diff puts each outcome on the row of its own old KPI.
 */
class ReplacementsReportTest {

    private static final String DIRECTORY = "src/test/resources/dev/planlint/parser/";
    private static final String PREVIOUS = DIRECTORY + "replacements-previous.strategy";
    private static final String CURRENT = DIRECTORY + "replacements.strategy";

    @Test
    void theDiffShowsEachOldKpisOutcomeOnItsOwnRow() {
        CliRun run = CliRun.run("diff", "--lang", "en", "--format", "markdown", PREVIOUS, CURRENT);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("社会増減数 \\| [^|]*← 転入者数 \\|[^\\n]*5,300人")
                .containsPattern("社会増減数 \\| [^|]*← 転出者数 \\|[^\\n]*5,800人")
                .containsPattern("日帰り観光客数 \\| [^|]*← 観光入込客数 \\|[^\\n]*previous KPI 観光入込客数")
                .containsPattern("宿泊観光客数 \\| [^|]*← 観光入込客数 \\|[^\\n]*previous KPI 観光入込客数");
    }

    @Test
    void everyCheckReportNamesTheOldKpi() {
        for (String format : new String[] {"text", "markdown", "html", "json"}) {
            CliRun run = CliRun.run("check", "--lang", "ja", "--fail-on", "never", "--as-of", "2026-01-01",
                    "--format", format, CURRENT);
            assertThat(run.exit()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).contains("社会増減数（前期指標「転入者数」）", "社会増減数（前期指標「転出者数」）",
                    "日帰り観光客数（前期指標「観光入込客数」）", "宿泊観光客数（前期指標「観光入込客数」）");
        }
    }
}
