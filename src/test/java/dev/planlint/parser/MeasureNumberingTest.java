package dev.planlint.parser;

import dev.planlint.model.Measure;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Measures and sub-measures numbered as cities write them (issue 11.3), read into the model with their numbers. */
class MeasureNumberingTest {

    private static Strategy parse(String text) {
        StrategyParsing.Result result = StrategyParsing.parse("test.strategy", text);
        assertThat(ParserTestSupport.errors(result)).isEmpty();
        return result.strategy().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1} / {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "①   | ②   | ア   | イ",
            "(1) | (2) | (ア) | (イ)",
            "（１） | （２） | （ア） | （イ）",
            "1.  | 2.  | ア   | イ",
            "１． | ２． | (ア) | (イ)",
            "1)  | 2)  | ア   | イ"})
    void measuresAndSubMeasuresKeepTheirNumbersAndNames(String first, String second, String subFirst,
                                                        String subSecond) {
        Strategy strategy = parse("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\n" + first + "企業誘致の推進\n"
                + "  " + subFirst + " 物流拠点への企業誘致\n  " + subSecond + "本社機能の移転\n"
                + second + " 創業の支援\n");
        assertThat(strategy.goals().get(0).measures()).extracting(Measure::number, Measure::name)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, "企業誘致の推進"),
                        org.assertj.core.api.Assertions.tuple(2, "創業の支援"));
        assertThat(strategy.goals().get(0).measures().get(0).subMeasures())
                .extracting(SubMeasure::number, SubMeasure::name)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, "物流拠点への企業誘致"),
                        org.assertj.core.api.Assertions.tuple(2, "本社機能の移転"));
    }

    /**
     * Sub-measures lettered a, b or (a), (b) (a letter and a space), and ①, ② under a measure numbered (1): the
     * sub-measures of that measure, with their KPIs, numbered as ア, イ.
     */
    @ParameterizedTest(name = "{0} {1} / {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "(1) | (2) | a   | b",
            "1.  | 2.  | (a) | (b)",
            "(1) | (2) | ①   | ②",
            "（１） | （２） | ①   | ②",
            "1)  | 2)  | ①   | ②"})
    void lettersAndCircledNumbersUnderAParenthesisedMeasureAreItsSubMeasures(String first, String second,
                                                                           String subFirst, String subSecond) {
        Strategy strategy = parse("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\n" + first + " 企業誘致の推進\n"
                + "  " + subFirst + " 物流拠点への企業誘致\n  KPI：\n  ・立地件数：現状値1件(R5年度) → 4件(R11年度)\n"
                + "  " + subSecond + " 本社機能の移転\n" + second + " 創業の支援\n");
        assertThat(strategy.goals().get(0).measures()).extracting(Measure::number, Measure::name)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, "企業誘致の推進"),
                        org.assertj.core.api.Assertions.tuple(2, "創業の支援"));
        Measure measure = strategy.goals().get(0).measures().get(0);
        assertThat(measure.subMeasures()).extracting(SubMeasure::number, SubMeasure::name)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, "物流拠点への企業誘致"),
                        org.assertj.core.api.Assertions.tuple(2, "本社機能の移転"));
        assertThat(measure.subMeasures().get(0).kpis()).singleElement()
                .satisfies(kpi -> assertThat(kpi.place()).isEqualTo(new dev.planlint.model.Place(1, 1, 1)));
    }
}
