package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Aggregate;
import dev.planlint.model.CalendarDate;
import dev.planlint.model.Strategy;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as cities write them beside their figures: days and months, years without their kind, totals over the plan
 * period and an extended plan period. Each keeps exactly what was written and never guesses.
 */
class DatesTest {

    private static TimeSpec baselineTime(StrategyParsing.Result result) {
        return result.strategy().orElseThrow().kpis().findFirst().orElseThrow().measuredBaseline().orElseThrow().time();
    }

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # written              | date       | precision | fiscal year
            R6年4月1日時点         | 2024-04-01 | DAY       | 2024
            R6年4月時点            | 2024-04-01 | MONTH     | 2024
            2024年9月末時点        | 2024-09-30 | DAY       | 2024
            R6年10月1日現在        | 2024-10-01 | DAY       | 2024
            R7.3.31                | 2025-03-31 | DAY       | 2024
            2025.3.31              | 2025-03-31 | DAY       | 2024
            2025-03-31             | 2025-03-31 | DAY       | 2024
            令和2年2月29日時点     | 2020-02-29 | DAY       | 2019
            H31.4.1                | 2019-04-01 | DAY       | 2019
            """)
    void daysAndMonthsAreKeptExactly(String written, LocalDate date, CalendarDate.Precision precision, int fiscalYear) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine("・指標：現状値 1(" + written + ") → 1(R6年度)");
        assertThat(result.diagnostics()).isEmpty();
        TimeSpec time = baselineTime(result);
        assertThat(time.kind()).isEqualTo(YearKind.DATE);
        assertThat(time.date()).contains(new CalendarDate(date, precision));
        assertThat(time.endDate()).isEqualTo(date);
        assertThat(time.yearAmong(YearKind.FISCAL_YEAR)).isEqualTo(fiscalYear);
        assertThat(time.yearAmong(YearKind.CALENDAR_YEAR)).isEqualTo(date.getYear());
        assertThat(time.written()).isEqualTo(written);
    }

    @Test
    void aDottedDateIsCheckedAgainstItsEraAsAnyYearIs() {
        StrategyParsing.Result past = ParserTestSupport.withKpiLine("・指標：現状値 1(H32.3.31) → 1(R6年度)");
        assertThat(past.diagnostics()).singleElement().satisfies(notice -> {
            assertThat(notice.isError()).isFalse();
            assertThat(notice.code()).isEqualTo("time.pastEraEnd");
        });
        assertThat(baselineTime(past).date().orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(ParserTestSupport.errors(ParserTestSupport.withKpiLine("・指標：現状値 1(Q7.3.31) → 1(R6年度)")))
                .singleElement().extracting(Diagnostic::code).isEqualTo("time.unknownEra");
    }

    @Test
    void aYearWithoutItsKindStaysUnspecifiedAndIsReportedOnceAtTheFirst() {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", """
                計画期間：令和2年度～令和6年度
                【基本目標1】テスト
                数値目標：
                ・指標A：現状値 1人(H26) → 2人(R6年度)
                ・指標B：現状値 1人(2019) → 2人(R6)
                    実績：1人(R2)
                """);
        assertThat(result.diagnostics()).singleElement().satisfies(notice -> {
            assertThat(notice.isError()).isFalse();
            assertThat(notice.code()).isEqualTo("time.kindUnspecified");
            assertThat(notice.position().line()).isEqualTo(4);
            assertThat(notice.arguments()).containsExactly("H26", "4");
        });
        Strategy strategy = result.strategy().orElseThrow();
        assertThat(strategy.kpis().map(kpi -> kpi.measuredBaseline().orElseThrow().time().kind()))
                .containsOnly(YearKind.UNSPECIFIED);
        assertThat(strategy.kpis().toList().get(1).target().time().kind()).isEqualTo(YearKind.UNSPECIFIED);
    }

    @ParameterizedTest(name = "年次の扱い：{0}")
    @CsvSource({"年度, FISCAL_YEAR", "年, CALENDAR_YEAR", "fiscal, FISCAL_YEAR", "calendar, CALENDAR_YEAR"})
    void aDeclarationGivesEveryYearWithoutOneItsKind(String declared, YearKind kind) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", """
                計画期間：令和2年度～令和6年度
                年次の扱い：%s
                【基本目標1】テスト
                数値目標：
                ・指標A：現状値 1人(H26) → 2人(R6年)
                """.formatted(declared));
        assertThat(result.diagnostics()).isEmpty();
        Strategy strategy = result.strategy().orElseThrow();
        assertThat(baselineTime(result).kind()).isEqualTo(kind);
        assertThat(strategy.kpis().findFirst().orElseThrow().target().time().kind())
                .as("a written kind stays as written").isEqualTo(YearKind.CALENDAR_YEAR);
        assertThat(strategy.declaredYearKind().orElseThrow().value()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5年間累計     | CUMULATIVE
            5年間         | CUMULATIVE
            計画期間累計  | CUMULATIVE
            期間中累計    | CUMULATIVE
            計画期間中累計 | CUMULATIVE
            5年間平均     | AVERAGE
            計画期間平均  | AVERAGE
            plan period total | CUMULATIVE
            """)
    void totalsOverThePlanAreResolvedAgainstThePlanPeriod(String written, Aggregate aggregate) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine("・指標：現状値 1人(R1年度) → 50人(" + written + ")");
        assertThat(result.diagnostics()).isEmpty();
        TimeSpec target = result.strategy().orElseThrow().kpis().findFirst().orElseThrow().target().time();
        assertThat(target.kind()).isEqualTo(YearKind.FISCAL_YEAR);
        assertThat(target.fromYear()).isEqualTo(2020);
        assertThat(target.toYear()).isEqualTo(2024);
        assertThat(target.aggregate()).isEqualTo(aggregate);
        assertThat(target.written()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            平成27年度～令和元年度（令和2年度まで1年延長） | 2020
            平成27年度～令和元年度（1年延長）              | 2020
            平成27年度～令和元年度（令和2年度まで延長）    | 2020
            平成27年度～令和元年度（2年延長）              | 2021
            FY2015~FY2019 (extended to FY2020)             | 2020
            """)
    void anExtendedPeriodKeepsTheOriginalAndTheExtendedEnd(String written, int extendedEnd) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", "計画期間：" + written
                + "\n【基本目標1】テスト\n数値目標：\n・指標：現状値 1人(H26年度) → 2人(R1年度)\n");
        assertThat(result.diagnostics()).isEmpty();
        Strategy strategy = result.strategy().orElseThrow();
        assertThat(strategy.period().orElseThrow().value().toYear()).isEqualTo(2019);
        assertThat(strategy.extendedPeriod().orElseThrow().value().fromYear()).isEqualTo(2015);
        assertThat(strategy.periodAsRun().orElseThrow().toYear()).isEqualTo(extendedEnd);
    }

    @Test
    void aPeriodWithoutExtensionRunsAsWritten() {
        Strategy strategy = ParserTestSupport.withKpiLine("・指標：現状値 1人(R1年度) → 2人(R6年度)").strategy().orElseThrow();
        assertThat(strategy.extendedPeriod()).isEmpty();
        assertThat(strategy.periodAsRun()).contains(strategy.period().orElseThrow().value());
    }

    @Test
    void theFirstOfSeveralYearsWithoutKindIsTheEarliestWritten() {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", """
                計画期間：令和2年度～令和6年度
                【基本目標1】テスト
                数値目標：
                ・指標A：現状値 1人(R1年度) → 2人(R6年度)
                    実績：1人(R2)
                ・指標B：現状値 1人(R1) → 2人(R6年度)
                """);
        Diagnostic notice = result.diagnostics().get(0);
        assertThat(notice.position().line()).isEqualTo(5);
    }
}
