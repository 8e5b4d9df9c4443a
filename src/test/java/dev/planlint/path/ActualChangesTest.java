package dev.planlint.path;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A change in 実績 (+557人) is read as a change only on a line marked 増減：, and refused elsewhere. */
class ActualChangesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final String BEFORE = "計画期間：令和6年度～令和9年度\n【基本目標1】テスト\n数値目標：\n";

    @Test
    void aMarkedChangeIsKeptAsWrittenAndReadAsALevelByThePath() {
        Kpi kpi = KpiPathTest.kpi("現状値 1,000人(R5年度) → 1,600人(R9年度)", "増加", "増減：+557人(R6年度)、-57人(R7年度)");
        assertThat(kpi.actuals()).extracting(Observation::increment).containsExactly(true, true);
        assertThat(kpi.actuals()).extracting(actual -> actual.value().written()).containsExactly("+557人", "-57人");
        KpiPath path = KpiPath.of(kpi, AS_OF);
        assertThat(path.getKnown()).extracting(known -> known.value().baseValue().toPlainString())
                .containsExactly("1557", "1500");
        assertThat(path.getLevelsFromChanges()).extracting(level -> level.from().value().written())
                .containsExactly("1,000人", "1,557人");
        // (1,500 − 1,000) / (1,600 − 1,000)
        assertThat(path.getAchievementRate()).isEqualByComparingTo("83.3333");
    }

    @Test
    void aChangeWithNothingBeforeItIsNotUsed() {
        KpiPath path = KpiPathTest.path("新規 → 10人(R9年度)", "増加", "増減：+5人(R6年度)");
        assertThat(path.getKnown()).isEmpty();
        assertThat(path.getChangesWithoutLevel()).extracting(change -> change.value().written()).containsExactly("+5人");
    }

    @Test
    void anUnmarkedIncrementIsRefusedWithItsPosition() {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", BEFORE
                + "・転入者数：現状値 1,000人(R5年度) → 1,600人(R9年度)\n    実績：1,050人(R6年度)、+557人(R7年度)\n");
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("actuals.increment");
            assertThat(error.position().line()).isEqualTo(5);
            assertThat(error.position().column()).isEqualTo(21);
            assertThat(error.message(Locale.ENGLISH)).contains("+557人", "実績：増減：");
            assertThat(error.message(Locale.JAPANESE)).contains("+557人", "増減");
        });
    }

    @Test
    void aSignedLevelOfAKpiThatCountsAChangeIsALevel() {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", BEFORE
                + "・社会増減数：現状値 -676人(R5年) → +30人(R9年)\n    改善方向：増加\n    実績：+12人(R6年)\n");
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        Kpi kpi = result.strategy().orElseThrow().kpis().findFirst().orElseThrow();
        assertThat(kpi.actuals()).extracting(Observation::increment).containsExactly(false);
        assertThat(KpiPath.of(kpi, AS_OF).getLatest()).isEqualByComparingTo("12");
    }
}
