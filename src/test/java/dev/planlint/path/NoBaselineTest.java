package dev.planlint.path;

import dev.planlint.model.Kpi;
import dev.planlint.model.NoBaseline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A KPI without a baseline (新規, なし, －, ―): kept as absent, and nothing that needs a baseline is worked out. */
class NoBaselineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # baseline    | mark | year
        新規           | 新規 | 0
        現状値新規        | 新規 | 0
        基準値―(R5年度)   | ―    | 2023
        なし(R5年度)    | なし | 2023
        －(R5年度)      | －   | 2023
        ―             | ―    | 0
        -(R5年度)       | -    | 2023
        現状値 新規      | 新規 | 0
        """)
    void theModelKeepsNoBaselineAsWritten(String baseline, String mark, int year) {
        Kpi kpi = KpiPathTest.kpi(baseline + " → 15社(R9年度)", "増加", "");
        assertThat(kpi.measuredBaseline()).isEmpty();
        assertThat(kpi.baseline()).isInstanceOfSatisfying(NoBaseline.class, none -> {
            assertThat(none.mark()).isEqualTo(mark);
            assertThat(none.time().map(time -> time.toYear()).orElse(0)).isEqualTo(year);
        });
        assertThat(kpi.baseline().written()).isEqualTo(baseline.replaceFirst("^(現状値|基準値) ?", ""));
    }

    @Test
    void noAchievementRateNorAnyBaselineFigureIsInvented() {
        KpiPath path = KpiPath.of(KpiPathTest.kpi("新規 → 10人(R9年度)", "増加", "3人(R6年度)、4人(R7年度)"), AS_OF);
        assertThat(path.isBaselineKnown()).isFalse();
        assertThat(path.getBaselineLevel()).isNull();
        assertThat(path.getAchievementRate()).isNull();
        assertThat(path.getReportedAchievementRate()).isNull();
        assertThat(path.getRequiredImprovement()).isNull();
        assertThat(path.getAchievedImprovement()).isNull();
        assertThat(path.getElapsedShare()).isNull();
        assertThat(path.getRequiredAnnualGrowth()).isNull();
        assertThat(path.isUnitMismatch()).as("no baseline unit to differ").isFalse();
        assertThat(path.getTargetLevel()).isEqualByComparingTo("10");
        assertThat(path.getRemainingGap()).as("the gap to the target needs no baseline").isEqualByComparingTo("6");
        for (Scheme scheme : Scheme.values()) {
            assertThat(path.progress(scheme).getCannotJudge()).as(scheme.id())
                    .isEqualTo(Progress.CannotJudge.NO_BASELINE);
        }
    }

    @Test
    void aLevelReachedWithoutABaselineIsReached() {
        KpiPath path = KpiPath.of(KpiPathTest.kpi("新規 → 10人(R9年度)", "増加", "12人(R7年度)"), AS_OF);
        assertThat(path.outcome()).isEqualTo(Outcome.REACHED);
        assertThat(path.progress(Scheme.ACHIEVEMENT_RATE).getStanding()).isEqualTo(Progress.Standing.REACHED);
        assertThat(path.progress(Scheme.ACHIEVEMENT_RATE).getFigure()).as("no rate without a baseline").isNull();
    }

    @Test
    void aSumOverYearsIsPacedWithoutABaselineExceptWhereTheSchemeNeedsOne() {
        KpiPath path = KpiPath.of(KpiPathTest.kpi("－(R5年度) → 400件(R6～R9年度累計)", "増加",
                "90件(R6年度)、110件(R7年度)"), AS_OF);
        // 200 against the pro-rata 400 × 2 / 4 = 200
        assertThat(path.progress(Scheme.ACHIEVEMENT_RATE).getFigure()).isEqualByComparingTo("100");
        assertThat(path.progress(Scheme.TAMA_PRO_RATA).getFigure()).isEqualByComparingTo("1");
        assertThat(path.progress(Scheme.NAGAYO_BASELINE).getCannotJudge()).isEqualTo(Progress.CannotJudge.NO_BASELINE);
        assertThat(path.getBaselineYear()).as("the date written with －").isEqualTo(2023);
    }
}
