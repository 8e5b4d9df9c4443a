package dev.planlint.path;

import dev.planlint.model.Bound;
import dev.planlint.model.Direction;
import dev.planlint.model.Kpi;
import dev.planlint.model.TargetFigure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Directions as targets (現状値以上, 現状維持, 増加, 減少): judged as bounds on the baseline or as directions. */
class QualitativeTargetTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "{0} {1}, {2} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
        # target        | declared | actual        | direction        | bound    | achieved when  | outcome
        現状値以上(R9年度)  |          | 101人(R7年度)  | UNDECLARED       | AT_LEAST | AT_OR_ABOVE    | REACHED
        現状値以上(R9年度)  |          | 99人(R7年度)   | UNDECLARED       | AT_LEAST | AT_OR_ABOVE    | NOT_REACHED
        現状値以上(R9年度)  |          | 100人(R7年度)  | UNDECLARED       | AT_LEAST | AT_OR_ABOVE    | REACHED
        現状維持(R9年度)   | 増加      | 100人(R7年度)  | HIGHER_IS_BETTER | AT_LEAST | AT_OR_ABOVE    | REACHED
        現状維持(R9年度)   | 減少      | 101人(R7年度)  | LOWER_IS_BETTER  | AT_MOST  | AT_OR_BELOW    | NOT_REACHED
        現状維持(R9年度)   |          | 100人(R7年度)  | UNDECLARED       | POINT    | LEVEL_REACHED  | NOT_KNOWN
        増加(R9年度)      |          | 101人(R7年度)  | HIGHER_IS_BETTER | POINT    | ABOVE_BASELINE | REACHED
        増加(R9年度)      |          | 100人(R7年度)  | HIGHER_IS_BETTER | POINT    | ABOVE_BASELINE | NOT_REACHED
        減少(R9年度)      |          | 90人(R7年度)   | LOWER_IS_BETTER  | POINT    | BELOW_BASELINE | REACHED
        """)
    void judgedAsABoundOnTheBaselineOrAsADirection(String target, String declared, String actual,
                                                   Direction direction, Bound bound, AchievedWhen achievedWhen,
                                                   Outcome outcome) {
        Kpi kpi = KpiPathTest.kpi("現状値 100人(R5年度) → " + target, declared == null ? "" : declared, actual);
        assertThat(kpi.target().figure()).isInstanceOfAny(TargetFigure.AtBaseline.class, TargetFigure.Trend.class);
        assertThat(kpi.target().writtenFigure()).isEqualTo(target.substring(0, target.indexOf('(')));
        KpiPath path = KpiPath.of(kpi, AS_OF);
        assertThat(path.getDirection()).isEqualTo(direction);
        assertThat(path.getBound()).isEqualTo(bound);
        assertThat(path.getAchievedWhen()).isEqualTo(achievedWhen);
        assertThat(path.outcome()).isEqualTo(outcome);
        if (path.isTargetLevelKnown()) {
            assertThat(path.getTargetLevel()).as("the baseline is the level").isEqualByComparingTo("100");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        現状値以上(R9年度) | 99人(R7年度)  | BOUND_BROKEN
        現状値以上(R9年度) | 105人(R7年度) | REACHED
        増加(R9年度)     | 99人(R7年度)  | NOT_JUDGEABLE
        増加(R9年度)     | 105人(R7年度) | REACHED
        """)
    void progressIsTheBoundKeptOrTheDirectionTaken(String target, String actual, Progress.Standing standing) {
        KpiPath path = KpiPathTest.path("現状値 100人(R5年度) → " + target, "", actual);
        Progress progress = path.progress(Scheme.ACHIEVEMENT_RATE);
        assertThat(progress.getStanding()).isEqualTo(standing);
        if (standing == Progress.Standing.NOT_JUDGEABLE) {
            assertThat(progress.getCannotJudge()).isEqualTo(Progress.CannotJudge.NO_TARGET_LEVEL);
            assertThat(path.getAchievedImprovement()).as("moving away from the baseline").isNegative();
        }
    }
}
