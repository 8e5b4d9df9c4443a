package dev.planlint.fmt;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FormatterTest {

    private static String format(String text) {
        return Formatter.format("t.strategy", text).formatted().orElseThrow();
    }

    @Test
    void laysOutIndentationColonsArrowsBlankLinesAndAttributeOrder() {
        String messy = """
                # 架空の例 (fictional example)
                戦略名 ： テスト市   \t
                計画期間：令和7年度～令和11年度


                【基本目標１】経済の活性化
                数値目標
                 ・ 創業者数 ：現状値58人(R5年度)⇒300人（R7～R11 年度累計)
                前期指標：継続
                # 増加が望ましい
                        改善方向：増加

                ①農林水産業の成長産業化
                ア 水産業の振興
                   KPI：・漁獲量：現状値1万㌧(R5年) -> 2万㌧(R11年)
                【基本目標２】人材
                """;
        assertThat(format(messy)).isEqualTo("""
                # 架空の例 (fictional example)
                戦略名：テスト市
                計画期間：令和7年度～令和11年度

                【基本目標１】経済の活性化
                数値目標：
                ・創業者数：現状値58人(R5年度) → 300人（R7～R11 年度累計)
                    # 増加が望ましい
                    改善方向：増加
                    前期指標：継続

                ①農林水産業の成長産業化
                  ア 水産業の振興
                  KPI：
                  ・漁獲量：現状値1万㌧(R5年) → 2万㌧(R11年)

                【基本目標２】人材
                """);
    }

    /** A ① under a measure numbered (1) is its sub-measure, indented as one; a ① with sub-measures stays a measure. */
    @Test
    void circledNumbersUnderANumberedMeasureAreIndentedAsItsSubMeasures() {
        assertThat(format("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\n(1) 企業誘致\n① 物流\n② 本社\n(2) 創業\n"
                + "a 相談\n"))
                .isEqualTo("計画期間：令和7年度～令和11年度\n\n【基本目標1】しごと\n(1) 企業誘致\n  ① 物流\n  ② 本社\n"
                        + "(2) 創業\n  a 相談\n");
    }

    @Test
    void englishLinesKeepTheirOwnForms() {
        String messy = """
                title:The Test City strategy
                period: FY2025 ~ FY2029
                goal 1 :economy
                targets
                -new businesses :baseline 58人(FY2023)=>335人(FY2025 ~ FY2029 total)
                  previous:replaces:start-ups
                  direction:higher
                """;
        assertThat(format(messy)).isEqualTo("""
                title: The Test City strategy
                period: FY2025 ~ FY2029

                goal 1: economy
                targets:
                - new businesses: baseline 58人(FY2023) -> 335人(FY2025 ~ FY2029 total)
                    direction: higher
                    previous: replaces: start-ups
                """);
    }

    @Test
    void namesFiguresDatesAndCommentsAreCopiedAsWritten() {
        String text = """
                計画期間：令和7年度～令和11年度

                【基本目標１】ｔｅｓｔ  二つの  空白
                数値目標：
                ・人口の社会減（ 日本人 ）：現状値　979人(R5年)  # 前回 →1,000人
                """;
        // The baseline line does not parse (no arrow): nothing is formatted, the errors say where.
        Formatter.Result refused = Formatter.format("t.strategy", text);
        assertThat(refused.formatted()).isEmpty();
        assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.position().line()).isEqualTo(5));
        String valid = text.replace("  # 前回 →1,000人", " → 1,000人以下 (R11年) # 前回 1,000人");
        assertThat(format(valid)).contains("【基本目標１】ｔｅｓｔ  二つの  空白\n")
                .contains("・人口の社会減（ 日本人 ）：現状値　979人(R5年) → 1,000人以下 (R11年) # 前回 1,000人\n");
    }

    @Test
    void checkListsFilesThatWouldChangeAndWritesNothing(@TempDir Path directory) throws IOException {
        Path messy = directory.resolve("messy.strategy");
        Path tidy = directory.resolve("tidy.strategy");
        Files.writeString(messy, "計画期間 ：令和7年度～令和11年度\n");
        Files.writeString(tidy, "計画期間：令和7年度～令和11年度\n");
        CliRun run = CliRun.run("fmt", "--check", directory.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(messy + "\n");
        assertThat(Files.readString(messy)).isEqualTo("計画期間 ：令和7年度～令和11年度\n");

        CliRun diff = CliRun.run("fmt", "--diff", messy.toString());
        assertThat(diff.exit()).isZero();
        assertThat(diff.out()).contains("-計画期間 ：令和7年度～令和11年度\n+計画期間：令和7年度～令和11年度\n");

        assertThat(CliRun.run("fmt", directory.toString()).exit()).isZero();
        assertThat(Files.readString(messy)).isEqualTo("計画期間：令和7年度～令和11年度\n");
        assertThat(CliRun.run("fmt", "--check", directory.toString()).exit()).isZero();
    }

    @Test
    void aFileThatDoesNotParseIsRefusedWithItsPositionAndLeftAlone(@TempDir Path directory) throws IOException {
        Path broken = directory.resolve("broken.strategy");
        String text = "計画期間 ：令和7年度～令和11年度\n【基本目標1】\n";
        Files.writeString(broken, text);
        CliRun run = CliRun.run("fmt", "--lang", "en", broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(broken + ":2:");
        assertThat(Files.readString(broken)).isEqualTo(text);
    }

    @Test
    void aBomIsKept(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bom.strategy");
        Files.write(file, ("\uFEFF計画期間 ：令和7年度～令和11年度\n").getBytes(StandardCharsets.UTF_8));
        assertThat(CliRun.run("fmt", file.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo("\uFEFF計画期間：令和7年度～令和11年度\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void standardInputGoesToStandardOutput() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("計画期間 ：令和7年度～令和11年度\r\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.run("fmt", "-");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo("計画期間：令和7年度～令和11年度\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theRepositorysStrategiesAreFormatted() {
        CliRun run = CliRun.run("fmt", "--check", "strategies");
        assertThat(run.exit()).as(run.out()).isZero();
    }
}
