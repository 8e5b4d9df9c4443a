package dev.planlint.cli;

import com.google.gson.JsonObject;
import dev.planlint.CliRun;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, called in process: exit codes and the text a planner reads. */
class MainTest {

    private static final String BAD = "src/test/resources/dev/planlint/load/bad/";
    private static final String KUSHIRO_2ND = "strategies/kushiro-2nd.strategy";
    private static final String KUSHIRO_3RD = "strategies/kushiro-3rd-draft.strategy";

    @Test
    void kushiroStrategiesAreValid() {
        CliRun run = CliRun.run("check", "--lang", "en", "--as-of", "2026-11-29", "--fail-on", "never", KUSHIRO_2ND,
                KUSHIRO_3RD);
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).endsWith("; 0 input errors." + System.lineSeparator())
                .startsWith(System.lineSeparator() + "== " + KUSHIRO_2ND);
        assertThat(run.err()).isEmpty();
        assertThat(CliRun.run("check", "--lang", "ja", "--as-of", "2026-11-29", KUSHIRO_3RD).out())
                .contains("1件の戦略を検査しました").contains("入力のエラー0件。");
    }

    /** The brief's round of bad inputs: each names file:line:column, exits 2 and shows no stack trace. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                         | where                          | English                                                   | Japanese
            truncated.strategy             | truncated.strategy:4:27        | the end of the file is not expected in this numeric target | ファイルの終わりは書けません
            unknown-era.strategy           | unknown-era.strategy:4:14      | Unknown era "Q".                                          | 元号「Q」は使えません
            pair-mismatch-letter.strategy  | pair-mismatch-letter.strategy:4:17 | R12 is 2030, but 2031 is written in the parentheses.  | R12 は 2030年ですが、括弧の中は 2031 です。
            target-without-date.strategy   | target-without-date.strategy:4:24 | the end of the line is not expected in this numeric target | 行末は書けません
            fraction-of-count.strategy     | fraction-of-count.strategy:4:10 | 1.5人: 人 counts whole things                             | 1.5人：人 は数を数える単位
            share-with-multiplier.strategy | share-with-multiplier.strategy:4:10 | 5万%: a share in % cannot take a 千/万/億 multiplier. | 割合の単位 % に千・万・億は付けられません
            relist-dangling.strategy       | relist-dangling.strategy:5:6   | points at 基本目標4④ア, which does not exist.             | 再掲の元として指定された 基本目標4④ア はありません。
            relist-nowhere.strategy        | relist-nowhere.strategy:4:6    | no sub-measure of that name is written elsewhere          | 同じ名前の取組がほかにありません
            loop-a.strategy                | loop-b.strategy:2:1            | The previous-period files form a loop: src/test/resources/dev/planlint/load/bad/loop-a.strategy is already in the chain. | 前期戦略のファイルが循環しています。
            empty.strategy                 | empty.strategy:1:1             | empty.strategy is empty                                   | empty.strategy は空です。
            binary.strategy                | binary.strategy:2:9            | it is a binary file, not a strategy text.                 | バイナリファイル
            shift-jis.strategy             | shift-jis.strategy:1:1         | it looks like Shift_JIS (CP932)                           | Shift_JIS（CP932）のようです
            """)
    void badInputIsReportedWithItsPositionAndExit2(String file, String where, String english, String japanese) {
        CliRun en = CliRun.run("check", "--lang", "en", BAD + file);
        assertThat(en.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(en.out()).contains(BAD + where + ": error: ").contains(english)
                .contains("0 strategies checked: 0 errors, 0 warnings, 0 info, 0 suppressed; 1 input error.");
        assertNoStackTrace(en);

        CliRun ja = CliRun.run("check", "--lang", "ja", BAD + file);
        assertThat(ja.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(ja.out()).contains(BAD + where + ": エラー: ").contains(japanese)
                .contains("0件の戦略を検査しました").contains("入力のエラー1件。");
        assertNoStackTrace(ja);

        CliRun show = CliRun.run("show", "--lang", "en", BAD + file);
        assertThat(show.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(show.err()).contains(BAD + where + ": error: ");
        assertThat(show.out()).isEmpty();
        assertNoStackTrace(show);
    }

    @Test
    void errorQuotesTheLineWithACaretUnderTheSpot() {
        CliRun run = CliRun.run("check", "--lang", "en", BAD + "unknown-era.strategy");
        String n = System.lineSeparator();
        assertThat(run.out()).contains(n + "  ・指標A：現状値 10人(Q30年) → 12人(R9年)" + n
                // "・指標A：現状値 " is 16 columns wide (A and the space take one, the others two); "10人(" is 5.
                + "  " + " ".repeat(16 + 5) + "^" + n);
    }

    @Test
    void missingFileAndDirectoryExit2() {
        assertThat(CliRun.run("check", "--lang", "en", "no/such.strategy").out())
                .contains("no/such.strategy:1:1: error: File no/such.strategy does not exist.");
        assertThat(CliRun.run("check", "--lang", "en", "src/main/java").exit()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void aDirectoryIsCheckedAsEveryStrategyBelowIt() {
        CliRun run = CliRun.run("check", "--lang", "en", "--as-of", "2026-11-29", "--fail-on", "never", "strategies");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("== strategies/kushiro-2nd.strategy", "== strategies/kushiro-3rd-draft.strategy",
                "== strategies/examples/fictional-progress.strategy", "== strategies/examples/fictional-full.strategy",
                "== strategies/examples/review-previous.strategy", "== strategies/examples/review.strategy",
                "6 strategies checked: ");
    }

    @Test
    void unknownOptionExits2() {
        CliRun run = CliRun.run("check", "--no-such-option", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void noticeDoesNotMakeTheInputInvalid() {
        CliRun run = CliRun.run("check", "--lang", "en", BAD + "past-era-end.strategy");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("past-era-end.strategy:4:14: notice: 平成32 is past the end of 平成: "
                + "it is read as 令和2 (2020).");
    }

    @Test
    void showJsonGivesTheModel() {
        CliRun run = CliRun.run("show", "--format", "json", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.get("formatVersion").getAsInt()).isEqualTo(3);
        JsonObject strategy = json.getAsJsonObject("strategy");
        assertThat(strategy.get("file").getAsString()).isEqualTo(KUSHIRO_2ND);
        assertThat(strategy.getAsJsonArray("goals")).hasSize(4);
        JsonObject population = strategy.getAsJsonObject("populationVision").getAsJsonArray("population").get(0)
                .getAsJsonObject().getAsJsonObject("value");
        assertThat(population.get("written").getAsString()).isEqualTo("13万8千人");
        assertThat(population.get("amount").getAsBigDecimal()).isEqualByComparingTo("13.8");
        assertThat(population.get("amount").toString()).isEqualTo("13.8");
        assertThat(population.get("multiplierExponent").getAsInt()).isEqualTo(4);
        assertThat(population.get("baseValue").toString()).isEqualTo("138000");
        JsonObject density = strategy.getAsJsonArray("goals").get(3).getAsJsonObject().getAsJsonArray("kpis").get(0)
                .getAsJsonObject();
        assertThat(density.getAsJsonObject("target").get("bound").getAsString()).isEqualTo("AT_LEAST");
        assertThat(density.getAsJsonObject("target").getAsJsonObject("time").get("kind").getAsString())
                .isEqualTo("FISCAL_YEAR_END");
        assertThat(density.get("line").getAsInt()).isEqualTo(108);
    }

    @Test
    void checkJsonListsTheDiagnostics() {
        CliRun run = CliRun.run("check", "--format", "json", "--lang", "en", BAD + "unknown-era.strategy", KUSHIRO_2ND);
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.get("formatVersion").getAsInt()).isEqualTo(3);
        assertThat(json.getAsJsonArray("strategies")).hasSize(1);
        assertThat(json.getAsJsonArray("diagnostics")).singleElement().satisfies(element -> {
            JsonObject diagnostic = element.getAsJsonObject();
            assertThat(diagnostic.get("file").getAsString()).isEqualTo(BAD + "unknown-era.strategy");
            assertThat(diagnostic.get("line").getAsInt()).isEqualTo(4);
            assertThat(diagnostic.get("column").getAsInt()).isEqualTo(14);
            assertThat(diagnostic.get("severity").getAsString()).isEqualTo("error");
            assertThat(diagnostic.get("code").getAsString()).isEqualTo("time.unknownEra");
            assertThat(diagnostic.get("message").getAsString()).startsWith("Unknown era \"Q\".");
        });
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "internal error");
    }
}
