package dev.planlint.check;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Input errors that only a check finds: actual values from a CSV file, cross-file links, the evaluation scheme. */
public class CheckInputErrorsTest {

    /** The diagnostic codes these tests give (BadInputTest checks that every code is given by some test). */
    public static final Set<String> CODES = Set.of("actuals.header", "actuals.csv", "actuals.columns",
            "actuals.unknownKpi", "actuals.unit", "actuals.conflict", "link.unknownPrevious", "scheme.unknown",
            "suppression.unknownPreviousKpi");

    private static final String DIR = "src/test/resources/dev/planlint/check/";

    private static CliRun check(String... arguments) {
        return CliRun.run(List.of("check", "--lang", "en", "--as-of", "2027-06-01", "--fail-on=never"), arguments);
    }

    /** A suppression of one old KPI that names no KPI of the previous period: a notice at the suppression. */
    @Test
    void aSuppressionNamingNoPreviousKpiIsANotice() {
        String file = "src/test/resources/rules/previous-kpi-unaccounted/failing-suppressed-wrong-name.strategy";
        for (String language : List.of("en", "ja")) {
            CliRun run = CliRun.run(List.of("check", "--lang", language, "--as-of", "2027-06-01", "--fail-on=never",
                    file));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains(file + ":11:1: ")
                    .contains(language.equals("en") ? "\"観光客数\" is not a numeric target of the previous period"
                            : "「観光客数」は前期の戦略");
        }
    }

    @Test
    void actualsAreMergedAndTheirProblemsPositioned() {
        CliRun run = check("--format", "json", "--actuals", DIR + "actuals.csv", DIR + "fictional.strategy");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out())
                .contains("\"code\": \"actuals.unit\"")
                .contains("\"code\": \"actuals.unknownKpi\"")
                .contains("\"code\": \"actuals.columns\"")
                .contains("\"message\": \"The strategy already gives 62人 for this time, not 65人.\"");
    }

    @Test
    void theUnitErrorPointsAtTheValueInTheCsvFile() {
        CliRun run = check("--actuals", DIR + "actuals.csv", DIR + "fictional.strategy");
        assertThat(run.out()).contains(DIR + "actuals.csv:4:13: error: The actual 130万人泊 is in 人泊, but the "
                + "target of \"観光入込客数\" is in 人.");
    }

    @Test
    void actualsFromTheFileCountInTheRules() {
        CliRun run = check("--format", "json", "--actuals", DIR + "actuals-merged.csv",
                DIR + "fictional-previous.strategy");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"rule\": \"cumulative-behind-pace\"").contains("\"cumulativeActual\": 30");
    }

    @Test
    void aHeaderThatIsNotOursIsAnError() {
        CliRun run = check("--actuals", DIR + "actuals-bad-header.csv", DIR + "fictional-previous.strategy");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(DIR + "actuals-bad-header.csv:1:1: error: An actuals file starts with the "
                + "header kpi,date,value,unit");
    }

    @Test
    void brokenCsvIsAnError() {
        CliRun run = check("--actuals", DIR + "actuals-broken.csv", DIR + "fictional-previous.strategy");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(DIR + "actuals-broken.csv:2:1: error: " + DIR + "actuals-broken.csv is not "
                + "valid CSV from this line on: a quote inside a quoted field must be doubled").doesNotContain("java");
    }

    @Test
    void aLinkToAPreviousKpiThatDoesNotExistIsAnError() {
        CliRun run = check(DIR + "fictional.strategy");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(DIR + "fictional.strategy:13:5: error: \"存在しない旧指標\" is not a numeric "
                + "target of the previous period's strategy");
    }

    @Test
    void anUnknownSchemeIsAnError() {
        CliRun run = check(DIR + "unknown-scheme.strategy");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(DIR + "unknown-scheme.strategy:4:1: error: Unknown evaluation scheme "
                + "\"独自方式\"");
    }
}
