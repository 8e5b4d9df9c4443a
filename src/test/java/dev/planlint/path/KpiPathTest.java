package dev.planlint.path;

import dev.planlint.model.Kpi;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a KPI means, straight from its path: direction × bound × aggregate × scheme, one KPI a row. The rows named for
 * a defect are the wrong results the facts gave before KpiPath was the one place that works them out.
 */
class KpiPathTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** A KPI of a fictional strategy (計画期間 R6～R9年度) from its line, direction and actuals. */
    static Kpi kpi(String line, String direction, String actuals) {
        String text = "計画期間：令和6年度～令和9年度\n【基本目標1】テスト\n数値目標：\n・指標：" + line + "\n"
                + (direction.isEmpty() ? "" : "    改善方向：" + direction + "\n")
                + (actuals.isEmpty() ? "" : "    実績：" + actuals + "\n");
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", text);
        assertThat(result.diagnostics()).as("diagnostics of %s", text).noneMatch(d -> d.isError());
        return result.strategy().orElseThrow().goals().get(0).kpis().get(0);
    }

    static KpiPath path(String line, String direction, String actuals) {
        return KpiPath.of(kpi(line, direction, actuals), AS_OF);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                  | line                                          | direction | actuals                               | scheme           | standing      | figure
        rising level, behind                     | 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 120件(R6年度)、140件(R7年度)             | ACHIEVEMENT_RATE | MEASURED      | 40
        falling level, behind                    | 現状値200件(R5年度) → 100件(R9年度)             | 減少      | 180件(R6年度)、160件(R7年度)             | ACHIEVEMENT_RATE | MEASURED      | 40
        rising level, reached: (210 − 100) × 4 / ((200 − 100) × 2)                | 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 210件(R7年度)                          | TAMA_PRO_RATA    | REACHED       | 2.2
        falling level, elapsed share             | 現状値200件(R5年度) → 100件(R9年度)             | 減少      | 150件(R7年度)                          | ELAPSED_TIME     | MEASURED      | 0.5
        falling cumulative ahead, tama (defect)  | 現状値200件(R5年度) → 600件(R6～R9年度累計)      | 減少      | 80件(R6年度)、90件(R7年度)               | TAMA_PRO_RATA    | MEASURED      | 1.76471
        rising cumulative behind, tama           | 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 30人(R6年度)、40人(R7年度)               | TAMA_PRO_RATA    | MEASURED      | 0.7
        cumulative without actual (defect)       | 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      |                                       | TAMA_PRO_RATA    | NOT_JUDGEABLE |
        floor held and broken, eurostat (defect) | 現状値46人/ha(R5年度) → 40人/ha以上(R9年度)      | 増加      | 39.5人/ha(R7年度)                      | EUROSTAT_GROWTH  | BOUND_BROKEN  | -0.0125
        floor kept, achievement rate (defect)    | 現状値46人/ha(R5年度) → 40人/ha以上(R9年度)      | 増加      | 41人/ha(R7年度)                        | ACHIEVEMENT_RATE | REACHED       |
        floor to reach, eurostat                 | 現状値30人/ha(R5年度) → 40人/ha以上(R9年度)      | 増加      | 32人/ha(R7年度)                        | EUROSTAT_GROWTH  | MEASURED      | 0.439797
        ceiling to reach, nagayo                 | 現状値120人(R5年度) → 80人以下(R9年度)           | 減少      | 100人(R7年度)                          | NAGAYO_BASELINE  | MEASURED      | 0.166667
        cumulative under eurostat (defect)       | 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 30人(R6年度)、40人(R7年度)               | EUROSTAT_GROWTH  | NOT_JUDGEABLE |
        average target, achievement rate         | 現状値100人(R5年度) → 150人(R6～R9年度平均)      | 増加      | 120人(R7年度)                          | ACHIEVEMENT_RATE | MEASURED      | 40
        no actual, ACHIEVEMENT_RATE              | 現状値100件(R5年度) → 200件(R9年度)             | 増加      |                                       | ACHIEVEMENT_RATE | NOT_JUDGEABLE |
        baseline year only (defect), ACHIEVEMENT_RATE| 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 100件(R5年度)                          | ACHIEVEMENT_RATE | NOT_JUDGEABLE |
        cumulative, earlier year only, ACHIEVEMENT_RATE| 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 40人(R5年度)                           | ACHIEVEMENT_RATE | NOT_JUDGEABLE |
        no actual, ELAPSED_TIME                  | 現状値100件(R5年度) → 200件(R9年度)             | 増加      |                                       | ELAPSED_TIME     | NOT_JUDGEABLE |
        baseline year only (defect), ELAPSED_TIME    | 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 100件(R5年度)                          | ELAPSED_TIME     | NOT_JUDGEABLE |
        cumulative, earlier year only, ELAPSED_TIME  | 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 40人(R5年度)                           | ELAPSED_TIME     | NOT_JUDGEABLE |
        no actual, TAMA_PRO_RATA                 | 現状値100件(R5年度) → 200件(R9年度)             | 増加      |                                       | TAMA_PRO_RATA    | NOT_JUDGEABLE |
        baseline year only (defect), TAMA_PRO_RATA   | 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 100件(R5年度)                          | TAMA_PRO_RATA    | NOT_JUDGEABLE |
        cumulative, earlier year only, TAMA_PRO_RATA | 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 40人(R5年度)                           | TAMA_PRO_RATA    | NOT_JUDGEABLE |
        no actual, NAGAYO_BASELINE               | 現状値100件(R5年度) → 200件(R9年度)             | 増加      |                                       | NAGAYO_BASELINE  | NOT_JUDGEABLE |
        baseline year only (defect), NAGAYO_BASELINE | 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 100件(R5年度)                          | NAGAYO_BASELINE  | NOT_JUDGEABLE |
        cumulative, earlier year only, NAGAYO_BASELINE| 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 40人(R5年度)                           | NAGAYO_BASELINE  | NOT_JUDGEABLE |
        no actual, EUROSTAT_GROWTH               | 現状値100件(R5年度) → 200件(R9年度)             | 増加      |                                       | EUROSTAT_GROWTH  | NOT_JUDGEABLE |
        baseline year only (defect), EUROSTAT_GROWTH | 現状値100件(R5年度) → 200件(R9年度)             | 増加      | 100件(R5年度)                          | EUROSTAT_GROWTH  | NOT_JUDGEABLE |
        cumulative, earlier year only, EUROSTAT_GROWTH| 現状値40人(R5年度) → 200人(R6～R9年度累計)       | 増加      | 40人(R5年度)                           | EUROSTAT_GROWTH  | NOT_JUDGEABLE |
        undeclared direction, nagayo             | 現状値100件(R5年度) → 200件(R9年度)             |           | 120件(R7年度)                          | NAGAYO_BASELINE  | NOT_JUDGEABLE |
        """)
    void progressUnderEachScheme(String name, String line, String direction, String actuals, Scheme scheme,
                                 Progress.Standing standing, BigDecimal figure) {
        Progress progress = path(line.strip(), direction == null ? "" : direction.strip(),
                actuals == null ? "" : actuals.strip()).progress(scheme);
        assertThat(progress.getStanding()).as(name).isEqualTo(standing);
        assertThat(progress.getCannotJudge() != null).as("a reason exactly when not judgeable")
                .isEqualTo(standing == Progress.Standing.NOT_JUDGEABLE);
        if (figure != null) {
            assertThat(progress.getFigure()).as("figure of %s", name).isEqualByComparingTo(figure);
        }
    }

    @Test
    void noSchemeGradesAKpiWithoutAValueAfterItsBaseline() {
        KpiPath none = path("現状値100件(R5年度) → 200件(R9年度)", "増加", "");
        KpiPath baselineYear = path("現状値100件(R5年度) → 200件(R9年度)", "増加", "100件(R5年度)");
        KpiPath sumWithoutItsYears = path("現状値40人(R5年度) → 200人(R6～R9年度累計)", "増加", "40人(R5年度)");
        for (Scheme scheme : Scheme.values()) {
            assertThat(none.progress(scheme).getCannotJudge()).as("%s, no value", scheme)
                    .isEqualTo(Progress.CannotJudge.NO_ACTUAL);
            assertThat(baselineYear.progress(scheme).getCannotJudge()).as("%s, the baseline's year only", scheme)
                    .isEqualTo(Progress.CannotJudge.TOO_FEW_POINTS);
            assertThat(sumWithoutItsYears.progress(scheme).getCannotJudge()).as("%s, a sum without its years", scheme)
                    .isEqualTo(Progress.CannotJudge.NO_ACTUAL);
            assertThat(none.progress(scheme).getFigure()).isNull();
        }
    }

    @Test
    void aFallingCumulativeTargetAheadOfItsShareIsOnPace() {
        KpiPath accidents = path("現状値200件(R5年度) → 600件(R6～R9年度累計)", "減少", "120件(R6年度)、130件(R7年度)");
        assertThat(accidents.getExpectedSoFar()).isEqualByComparingTo("300");
        assertThat(accidents.getPace()).isEqualByComparingTo("0.833333");
        assertThat(accidents.getDirectedPace()).isEqualByComparingTo("1.2");
    }

    @Test
    void aCumulativeCeilingIsComparedWithTheBaselineAsAYearlyLevel() {
        KpiPath accidents = path("現状値200件(R5年度) → 600件以下(R6～R9年度累計)", "減少", "");
        assertThat(accidents.getTargetLevel()).isEqualByComparingTo("150");
        assertThat(accidents.getBoundMarginAtBaseline()).isEqualByComparingTo("-50");
        assertThat(accidents.isBoundHeldAtBaseline()).isFalse();
    }

    @Test
    void aFloorKeptByTheLatestValueIsReachedWhateverTheOldBaseline() {
        KpiPath density = path("現状値50人/ha(R5年度) → 40人/ha以上(R9年度)", "増加", "45人/ha(R7年度)");
        assertThat(density.levelOutcome()).isEqualTo(Outcome.REACHED);
        assertThat(density.getAchievementRate()).as("no rate towards a bound already held").isNull();
    }

    @Test
    void theLatestValueIsTheOneWhosePeriodEndsLastWhateverTheOrderWritten() {
        KpiPath calendarFirst = path("現状値1,000人(R5年) → 2,000人(R9年)", "増加", "1,100人(R6年)、1,900人(R6年度)");
        KpiPath fiscalFirst = path("現状値1,000人(R5年) → 2,000人(R9年)", "増加", "1,900人(R6年度)、1,100人(R6年)");
        assertThat(calendarFirst.getLatest()).isEqualByComparingTo("1900");
        assertThat(fiscalFirst.getLatest()).isEqualByComparingTo("1900");
        assertThat(calendarFirst.progress(Scheme.ACHIEVEMENT_RATE).getFigure())
                .isEqualByComparingTo(fiscalFirst.progress(Scheme.ACHIEVEMENT_RATE).getFigure())
                .isEqualByComparingTo("90");
    }

    @Test
    void directedQuantitiesArePositiveWhereTheIndicatorIsBetter() {
        KpiPath rising = path("現状値100件(R5年度) → 200件(R9年度)", "増加", "120件(R7年度)");
        KpiPath falling = path("現状値200件(R5年度) → 100件(R9年度)", "減少", "180件(R7年度)");
        for (KpiPath path : new KpiPath[] {rising, falling}) {
            assertThat(path.getRequiredImprovement()).isEqualByComparingTo("100");
            assertThat(path.getAchievedImprovement()).isEqualByComparingTo("20");
            assertThat(path.getRemainingGap()).isEqualByComparingTo("80");
        }
        KpiPath undeclared = path("現状値100件(R5年度) → 200件(R9年度)", "", "120件(R7年度)");
        assertThat(undeclared.getRequiredImprovement()).as("no direction, no directed quantity").isNull();
    }

    @Test
    void valuesInAnotherUnitOrNotYetEndedAreNotKnown() {
        KpiPath visitors = path("現状値100人(R5年度) → 200人(R9年度)", "増加", "120人(R6年度)、3件(R7年度)、190人(R8年度)");
        assertThat(visitors.getKnown()).hasSize(1);
        assertThat(visitors.getLatestYear()).isEqualTo(2024);
    }

    @Test
    void aCalendarYearAndAFiscalYearValueForTheSameYearArePairedWithTheFiscalOneLatest() {
        KpiPath mixed = path("現状値650人(R5年度) → 800人(R9年度)", "増加", "690人(R6年度)、700人(R6年)");
        assertThat(mixed.getMixedYearKinds()).singleElement().satisfies(pair -> {
            assertThat(pair.year()).isEqualTo(2024);
            assertThat(pair.calendar().value().written()).isEqualTo("700人");
            assertThat(pair.fiscal().value().written()).isEqualTo("690人");
            assertThat(pair.latest()).as("R6年度 ends on 31 March 2025, after R6年").isTrue();
        });
        KpiPath baselinePair = path("現状値650人(R5年) → 800人(R9年度)", "増加", "660人(R5年度)、700人(R6年度)");
        assertThat(baselinePair.getMixedYearKinds()).singleElement()
                .satisfies(pair -> assertThat(pair.latest()).as("a later year is the latest").isFalse());
        assertThat(path("現状値650人(R5年) → 800人(R9年度)", "増加", "700人(R6年度)、71%(R5年度)").getMixedYearKinds())
                .as("other years or other units are not paired").isEmpty();
    }
}
