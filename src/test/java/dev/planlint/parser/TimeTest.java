package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputSeverity;
import dev.planlint.model.Aggregate;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and eras: what a written date means, and the error each wrong date gives. */
class TimeTest {

    @ParameterizedTest(name = "{0} = {1} {2}–{3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # written            | kind              | from | to   | aggregate
            H30年度              | FISCAL_YEAR       | 2018 | 2018 | POINT
            H30年                | CALENDAR_YEAR     | 2018 | 2018 | POINT
            R2～R6年度累計       | FISCAL_YEAR       | 2020 | 2024 | CUMULATIVE
            R7～R11 年度累計     | FISCAL_YEAR       | 2025 | 2029 | CUMULATIVE
            H26～30年度平均      | FISCAL_YEAR       | 2014 | 2018 | AVERAGE
            H28年末              | CALENDAR_YEAR_END | 2016 | 2016 | POINT
            R6年度末             | FISCAL_YEAR_END   | 2024 | 2024 | POINT
            令和12(2030)年       | CALENDAR_YEAR     | 2030 | 2030 | POINT
            令和元年             | CALENDAR_YEAR     | 2019 | 2019 | POINT
            R元年度              | FISCAL_YEAR       | 2019 | 2019 | POINT
            令和 6 年度          | FISCAL_YEAR       | 2024 | 2024 | POINT
            Ｒ６年度             | FISCAL_YEAR       | 2024 | 2024 | POINT
            ２０２４年度         | FISCAL_YEAR       | 2024 | 2024 | POINT
            2024年               | CALENDAR_YEAR     | 2024 | 2024 | POINT
            S64年                | CALENDAR_YEAR     | 1989 | 1989 | POINT
            平成31年             | CALENDAR_YEAR     | 2019 | 2019 | POINT
            FY2024               | FISCAL_YEAR       | 2024 | 2024 | POINT
            FY2020 ~ FY2024 total | FISCAL_YEAR      | 2020 | 2024 | CUMULATIVE
            FY2014 ~ 2018 average | FISCAL_YEAR      | 2014 | 2018 | AVERAGE
            2024 FY-end          | FISCAL_YEAR_END   | 2024 | 2024 | POINT
            2016 year-end        | CALENDAR_YEAR_END | 2016 | 2016 | POINT
            R2〜R6年度累計       | FISCAL_YEAR       | 2020 | 2024 | CUMULATIVE
            """)
    void dateMeans(String written, YearKind kind, int from, int to, Aggregate aggregate) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine("・指標：現状値 1(" + written + ") → 1(R6年度)");
        assertThat(result.diagnostics()).isEmpty();
        TimeSpec time = result.strategy().orElseThrow().kpis().findFirst().orElseThrow().baseline().time();
        assertThat(time.kind()).isEqualTo(kind);
        assertThat(time.fromYear()).isEqualTo(from);
        assertThat(time.toYear()).isEqualTo(to);
        assertThat(time.aggregate()).isEqualTo(aggregate);
        assertThat(time.written()).isEqualTo(written);
    }

    @Test
    void fiscalYearsRunFromAprilToMarch() {
        TimeSpec time = ParserTestSupport.withKpiLine("・指標：現状値 1(R2～R6年度累計) → 1(R6年度)").strategy().orElseThrow()
                .kpis().findFirst().orElseThrow().baseline().time();
        assertThat(time.startDate()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(time.endDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(time.yearCount()).isEqualTo(5);
    }

    @Test
    void yearPastTheEndOfItsEraIsReadOnWithANotice() {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine("・指標：現状値 1(平成32年度) → 1(R6年度)");
        assertThat(result.strategy().orElseThrow().kpis().findFirst().orElseThrow().baseline().time().fromYear())
                .isEqualTo(2020);
        assertThat(result.diagnostics()).singleElement().satisfies(notice -> {
            assertThat(notice.severity()).isEqualTo(InputSeverity.NOTICE);
            assertThat(notice.code()).isEqualTo("time.pastEraEnd");
            assertThat(notice.position().line()).isEqualTo(4);
            assertThat(notice.position().column()).isEqualTo(11);
            assertThat(notice.message(java.util.Locale.ENGLISH))
                    .isEqualTo("平成32 is past the end of 平成: it is read as 令和2 (2020).");
        });
    }

    /** The date starts in column 11 of line 4: ・指標：現状値 1( is 10 characters. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # written          | code                       | column
            Q30年              | time.unknownEra            | 11
            R12(2031)年        | time.pairMismatch          | 14
            令和12(2031)年     | time.pairMismatch          | 15
            30年度             | time.yearWithoutEra        | 11
            R400年             | time.yearOutOfRange        | 11
            R6年2月30日時点    | time.noSuchDate            | 11
            R6.13.1            | time.noSuchDate            | 11
            4年間累計          | time.spanNotPeriod         | 11
            R2年～R6年度累計   | time.mixedKinds            | 11
            R6～R2年度累計     | time.reversed              | 11
            R2～R6年度         | time.rangeWithoutAggregate | 11
            R6年度累計         | time.aggregateWithoutRange | 11
            R99999999999年     | time.yearOutOfRange        | 11
            99999999999年      | time.yearOutOfRange        | 11
            R9(99999999999)年  | time.pairMismatch          | 13
            H26～99999999999年度平均 | time.yearOutOfRange  | 15
            """)
    void wrongDate(String written, String code, int column) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine("・指標：現状値 1(" + written + ") → 1(R6年度)");
        assertThat(ParserTestSupport.errors(result)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.position().line()).isEqualTo(4);
            assertThat(error.position().column()).isEqualTo(column);
        });
    }

    @Test
    void messagesOfWrongDatesNameTheYears() {
        assertThat(message("R12(2031)年")).isEqualTo("R12 is 2030, but 2031 is written in the parentheses.");
        assertThat(message("Q30年")).startsWith("Unknown era \"Q\". Known eras: 明治(M), 大正(T), 昭和(S), 平成(H), 令和(R)");
        assertThat(message("R9(99999999999)年")).as("a year too large for an int is quoted as written")
                .isEqualTo("R9 is 2027, but 99999999999 is written in the parentheses.");
        assertThat(message("R400年")).as("years are not grouped with commas")
                .isEqualTo("Year R400 is outside the supported years 1868–2200.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            計画期間：令和7年～令和11年           | time.periodShape | 1 | 6
            計画期間：令和7年度～令和11年度累計   | time.periodShape | 1 | 6
            合計特殊出生率：令和12(2031)年に1.8   | time.pairMismatch | 1 | 13
            人口の将来目標：令和22～令和42年に13万8千人 | time.visionYear | 1 | 9
            """)
    void wrongPeriodAndVisionYears(String line, String code, int lineNumber, int column) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", line + "\n【基本目標1】テスト\n");
        assertThat(ParserTestSupport.errors(result)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.position().line()).isEqualTo(lineNumber);
            assertThat(error.position().column()).isEqualTo(column);
        });
    }

    private static String message(String written) {
        Diagnostic error = ParserTestSupport.errors(ParserTestSupport.withKpiLine(
                "・指標：現状値 1(" + written + ") → 1(R6年度)")).get(0);
        return error.message(java.util.Locale.ENGLISH);
    }
}
