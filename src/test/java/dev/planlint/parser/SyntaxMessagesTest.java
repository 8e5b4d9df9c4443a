package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Syntax errors quote the whole unexpected word, and their example fits the line being written (issue 11.7). */
class SyntaxMessagesTest {

    private static Diagnostic onlyError(String text) {
        List<Diagnostic> errors = StrategyParsing.parse("test.strategy", text).diagnostics();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void aWordNoTokenStartsWithIsQuotedWhole() {
        Diagnostic error = onlyError("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\n①企業誘致\nKPIs：\n");
        assertThat(error.position().line()).isEqualTo(4);
        assertThat(error.position().column()).isEqualTo(1);
        assertThat(error.message(Locale.ENGLISH)).contains("「KPIs：」").doesNotContain("「K」");
        assertThat(error.message(Locale.JAPANESE)).contains("「KPIs：」");
    }

    @Test
    void theQuotedWordEndsAtASpace() {
        Diagnostic error = onlyError("計画期間：令和7年度～令和11年度\nXYZ 何か\n【基本目標1】しごと\n");
        assertThat(error.message(Locale.ENGLISH)).contains("「XYZ」");
    }

    @Test
    void aPopulationLineGetsAPopulationExample() {
        Diagnostic error = onlyError("計画期間：令和7年度～令和11年度\n人口の将来目標：令和22(2040)年\n【基本目標1】しごと\n");
        assertThat(error.code()).isEqualTo("syntax.population");
        assertThat(error.message(Locale.ENGLISH)).contains("13万8千人").doesNotContain("2.07");
        assertThat(error.message(Locale.JAPANESE)).contains("人口の将来目標").contains("13万8千人");
    }

    @Test
    void aFertilityLineKeepsItsFertilityExample() {
        Diagnostic error = onlyError("計画期間：令和7年度～令和11年度\n合計特殊出生率：令和12(2030)年\n【基本目標1】しごと\n");
        assertThat(error.code()).isEqualTo("syntax.vision");
        assertThat(error.message(Locale.ENGLISH)).contains("2.07");
    }

    @Test
    void aKpiHeadingUnderAGoalGetsAMeasureKpiExample() {
        Diagnostic error = onlyError("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\nKPI：\n"
                + "・誘致企業数：現状値 3社(R5年度) → 15社(R11年度)\n");
        assertThat(error.code()).isEqualTo("syntax.measureKpis");
        assertThat(error.message(Locale.ENGLISH)).contains("「KPI：」").contains("①").contains("15社");
        assertThat(error.message(Locale.JAPANESE)).contains("「KPI：」").contains("施策");
    }
}
