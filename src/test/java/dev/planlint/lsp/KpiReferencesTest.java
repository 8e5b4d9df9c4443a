package dev.planlint.lsp;

import dev.planlint.load.StrategyLoader;
import dev.planlint.model.Kpi;
import dev.planlint.model.Strategy;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which KPI a line belongs to, and which KPIs of other strategies name it. */
class KpiReferencesTest {

    // Fictional strategies (架空の例): invented names and figures.
    private static final String CURRENT = """
            計画期間：令和7年度～令和11年度
            【基本目標1】しごと
            ①産業の振興
            重要業績評価指標（KPI）：
              ・創業者数：現状値 50人(R6年度) → 60人(R11年度)
                  改善方向：増加
              ア創業の支援
            """;
    private static final String NEXT = """
            計画期間：令和12年度～令和16年度
            【基本目標1】しごと
            数値目標：
            ・起業者数：現状値 60人(R11年度) → 70人(R16年度)
                改善方向：増加
                前期指標：置換：創業者数
            ・創業者数：現状値 60人(R11年度) → 70人(R16年度)
                改善方向：増加
            """;

    @Test
    void aKpisAttributeLinesAreItsAndASubMeasureBelowItIsNot() {
        Strategy current = load("current.strategy", CURRENT);
        LineIndex lines = new LineIndex(CURRENT);
        assertThat(KpiReferences.at(current, lines, 5)).map(Kpi::name).contains("創業者数");
        assertThat(KpiReferences.at(current, lines, 6)).map(Kpi::name).contains("創業者数");
        assertThat(KpiReferences.at(current, lines, 7)).isEmpty();
        assertThat(KpiReferences.at(current, lines, 1)).isEmpty();
    }

    @Test
    void anotherStrategyNamesTheKpiBySameNameOrByItsPreviousKpiLine() {
        Strategy current = load("current.strategy", CURRENT);
        Strategy next = load("next.strategy", NEXT);
        Kpi kpi = KpiReferences.at(current, new LineIndex(CURRENT), 5).orElseThrow();
        List<KpiReferences.Place> places = KpiReferences.of(kpi, current, List.of(next), true);
        assertThat(places).extracting(place -> place.file() + ":" + place.position().line())
                .containsExactly(current.file() + ":5", next.file() + ":4", next.file() + ":7");
    }

    private static Strategy load(String name, String text) {
        return StrategyLoader.loadText(Path.of(name), text, Optional.empty()).strategy().orElseThrow().strategy();
    }
}
