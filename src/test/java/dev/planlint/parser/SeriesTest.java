package dev.planlint.parser;

import dev.planlint.model.Bound;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiSeries;
import dev.planlint.model.Observation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One KPI line with several series is one KPI a series, each with its own figures. */
class SeriesTest {

    private static List<Kpi> kpis(String text) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", ParserTestSupport.BEFORE_KPI + text);
        assertThat(result.diagnostics()).isEmpty();
        return result.strategy().orElseThrow().kpis().toList();
    }

    @Test
    void eachSeriesHasItsOwnBaselineTargetAndActuals() {
        List<Kpi> kpis = kpis("""
                ・健康寿命：現状値 男性79.0歳、女性83.2歳(R4年) → 男性80.0歳、女性84.0歳以上(R6年)
                    改善方向：増加
                    実績：男性79.5歳、女性83.0歳(R5年)、男性79.8歳(R6年)
                """);
        assertThat(kpis).extracting(Kpi::name).containsExactly("健康寿命（男性）", "健康寿命（女性）");
        assertThat(kpis).extracting(kpi -> kpi.series().orElseThrow())
                .containsExactly(new KpiSeries("健康寿命", "男性"), new KpiSeries("健康寿命", "女性"));
        Kpi men = kpis.get(0);
        Kpi women = kpis.get(1);
        assertThat(men.baseline().value().baseValue()).isEqualByComparingTo("79.0");
        assertThat(women.baseline().value().baseValue()).isEqualByComparingTo("83.2");
        assertThat(men.baseline().time().fromYear()).isEqualTo(2022);
        assertThat(men.target().value().baseValue()).isEqualByComparingTo("80.0");
        assertThat(men.target().bound()).isEqualTo(Bound.POINT);
        assertThat(women.target().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(men.actuals()).extracting(actual -> actual.value().baseValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("79.5"), new BigDecimal("79.8"));
        assertThat(women.actuals()).extracting(Observation::time).extracting(time -> time.fromYear())
                .containsExactly(2023);
        assertThat(women.baseline().position().column()).isGreaterThan(men.baseline().position().column());
        assertThat(men.position()).isEqualTo(women.position());
    }

    @Test
    void labelsMayStartWithANumberAndCarryTheirOwnBound() {
        List<Kpi> kpis = kpis("・受診率：現状値 3歳児 90%、5歳児 85%(R5年度) → 3歳児 95%以上、5歳児 90%以上(R6年度)\n");
        assertThat(kpis).extracting(Kpi::name).containsExactly("受診率（3歳児）", "受診率（5歳児）");
        assertThat(kpis).extracting(kpi -> kpi.target().bound()).containsOnly(Bound.AT_LEAST);
    }

    @Test
    void aPreviousNameIsFollowedSeriesBySeries() {
        List<Kpi> kpis = kpis("""
                ・健康寿命：現状値 男性79.0歳、女性83.2歳(R4年) → 男性80.0歳、女性84.0歳(R6年)
                    前期指標：置換：平均寿命
                """);
        assertThat(kpis).extracting(kpi -> kpi.link().orElseThrow().previousName())
                .containsExactly("平均寿命（男性）", "平均寿命（女性）");
    }

    @Test
    void aKpiWithoutSeriesHasNone() {
        List<Kpi> kpis = kpis("・転入者数：現状値 500人(R5年度) → 600人(R6年度)\n");
        assertThat(kpis).singleElement().satisfies(kpi -> {
            assertThat(kpi.name()).isEqualTo("転入者数");
            assertThat(kpi.series()).isEmpty();
        });
    }
}
