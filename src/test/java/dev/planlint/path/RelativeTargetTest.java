package dev.planlint.path;

import dev.planlint.model.Direction;
import dev.planlint.model.Kpi;
import dev.planlint.model.TargetFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets written as a change against the baseline: kept as written, their level worked out in the path only. */
class RelativeTargetTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # baseline            | target          | kind    | level    | arithmetic
        現状値 1,000人(R5年度)   | 4.0%減少(R9年度)  | PERCENT | 960      | 4.0%減少 = 1,000人 × (1 − 4%) = 960人
        現状値153万人(R5年度)    | 10%増(R9年度)     | PERCENT | 1683000  | 10%増 = 153万人 × (1 + 10%) = 168.3万人
        現状値 58.2%(R5年度)    | 5ポイント増(R9年度) | POINTS  | 63.2     | 5ポイント増 = 58.2% + 5 = 63.2%
        現状値 30.0点(R5年度)   | 2pt減(R9年度)     | POINTS  | 28       | 2pt減 = 30.0点 − 2 = 28点
        現状値 200万人(R5年度)   | 1.2倍(R9年度)     | TIMES   | 2400000  | 1.2倍 = 200万人 × 1.2 = 240万人
        """)
    void theLevelAChangeImpliesIsWorkedOutFromTheBaseline(String baseline, String target, String kind, String level,
                                                          String arithmetic) {
        Kpi kpi = KpiPathTest.kpi(baseline + " → " + target, "", "");
        assertThat(kpi.target().figure()).isInstanceOfSatisfying(TargetFigure.Change.class,
                change -> assertThat(change.kind()).hasToString(kind));
        assertThat(kpi.target().level()).as("no level in the model").isEmpty();
        assertThat(kpi.target().writtenFigure()).isEqualTo(target.substring(0, target.indexOf('(')));
        KpiPath path = KpiPath.of(kpi, AS_OF);
        assertThat(path.getTargetLevel()).isEqualByComparingTo(level);
        assertThat(path.getTargetArithmetic()).isEqualTo(arithmetic);
        assertThat(path.getTargetUnit()).as("the baseline's unit").isEqualTo(path.getBaselineUnit());
        assertThat(path.isComparable()).isTrue();
    }

    @Test
    void theChangeSaysWhichWayIsBetterWhereNoDirectionIsDeclared() {
        assertThat(KpiPathTest.path("現状値 1,000人(R5年度) → 4.0%減少(R9年度)", "", "").getDirection())
                .isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(KpiPathTest.path("現状値 1,000人(R5年度) → 1.2倍(R9年度)", "", "").getDirection())
                .isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(KpiPathTest.path("現状値 1,000人(R5年度) → 10%増(R9年度)", "減少", "").getDirection())
                .as("a declared direction wins").isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void progressIsMeasuredAgainstTheImpliedLevel() {
        // 1,000 → 960 asked, 980 reached: (980 − 1,000) / (960 − 1,000) = 50 %
        KpiPath path = KpiPathTest.path("現状値 1,000人(R5年度) → 4.0%減少(R9年度)", "", "980人(R7年度)");
        assertThat(path.getAchievementRate()).isEqualByComparingTo("50");
    }

    @Test
    void timesOfABaselineCountedInTimesIsALevel() {
        Kpi kpi = KpiPathTest.kpi("現状値 1.20倍(R5年度) → 1.50倍(R9年度)", "増加", "");
        assertThat(kpi.target().figure()).isInstanceOf(TargetFigure.Level.class);
        assertThat(KpiPath.of(kpi, AS_OF).getTargetLevel()).isEqualByComparingTo("1.50");
    }

    @Test
    void aChangeInPercentOfAKpiInPercentIsNotJudgedOnAGuess() {
        KpiPath path = KpiPathTest.path("現状値 40.0%(R5年度) → 52.0%増加(R9年度)", "増加", "45.0%(R7年度)");
        assertThat(path.isRelativeTargetAmbiguous()).isTrue();
        assertThat(path.getTargetLevel()).isNull();
        assertThat(path.getAmbiguousReadingAsLevel()).isEqualByComparingTo("52.0");
        assertThat(path.getAmbiguousReadingAsShare()).isEqualByComparingTo("60.8");
        assertThat(path.getAmbiguousReadingAsPoints()).isEqualByComparingTo("92");
        assertThat(path.getAchievementRate()).isNull();
        assertThat(path.progress(Scheme.ACHIEVEMENT_RATE).getCannotJudge())
                .isEqualTo(Progress.CannotJudge.NO_TARGET_LEVEL);
    }

    @Test
    void withoutABaselineAChangeImpliesNoLevel() {
        KpiPath path = KpiPathTest.path("新規 → 10%増(R9年度)", "増加", "5人(R7年度)");
        assertThat(path.isRelativeTargetWithoutBaseline()).isTrue();
        assertThat(path.getTargetLevel()).isNull();
        assertThat(path.getTargetArithmetic()).isNull();
        assertThat(path.progress(Scheme.ACHIEVEMENT_RATE).getCannotJudge()).isEqualTo(Progress.CannotJudge.NO_BASELINE);
    }
}
