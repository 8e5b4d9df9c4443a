package dev.planlint.parser;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Measure;
import dev.planlint.model.Place;
import dev.planlint.model.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** KPIs of measures and sub-measures, and overall targets above the goals: read into the model at their level. */
class MeasureKpisTest {

    private static final String FULL = "strategies/examples/fictional-full.strategy";

    private static Strategy parse(String text) {
        StrategyParsing.Result result = StrategyParsing.parse("test.strategy", text);
        assertThat(ParserTestSupport.errors(result)).isEmpty();
        return result.strategy().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KPI：", "KPI:", "ＫＰＩ：", "重要業績評価指標：", "重要業績評価指標（KPI）：", "重要業績評価指標(KPI):",
            "【KPI】", "[KPI]", "kpis:"})
    void everyHeadingCitiesWriteGivesTheMeasureItsKpi(String heading) {
        Strategy strategy = parse("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\n①企業誘致の推進\n" + heading + "\n"
                + "・誘致企業数：現状値 3社(R5年度) → 15社(R7～R11年度累計)\n    改善方向：増加\n");
        Measure measure = strategy.goals().get(0).measures().get(0);
        assertThat(strategy.goals().get(0).kpis()).isEmpty();
        assertThat(measure.kpis()).singleElement().satisfies(kpi -> {
            assertThat(kpi.name()).isEqualTo("誘致企業数");
            assertThat(kpi.level()).isEqualTo(KpiLevel.MEASURE);
            assertThat(kpi.place()).isEqualTo(Place.ofMeasure(1, 1));
            assertThat(kpi.target().level().orElseThrow().baseValue()).isEqualByComparingTo("15");
            assertThat(kpi.position().line()).isEqualTo(5);
        });
    }

    @Test
    void levelsAndPlacesOfTheFictionalStrategy() throws Exception {
        Strategy strategy = parse(Files.readString(Path.of(FULL)));
        assertThat(strategy.kpis()).extracting(Kpi::name, Kpi::level, kpi -> kpi.place().written())
                .containsExactly(
                        tuple("市の総人口", KpiLevel.OVERALL, "全体目標"),
                        tuple("市内の新規雇用者数", KpiLevel.GOAL, "基本目標1"),
                        tuple("誘致企業数", KpiLevel.MEASURE, "基本目標1①"),
                        tuple("物流拠点の立地件数", KpiLevel.MEASURE, "基本目標1①ア"),
                        tuple("創業者数", KpiLevel.MEASURE, "基本目標1②"),
                        tuple("移住相談件数", KpiLevel.MEASURE, "基本目標2①"),
                        tuple("健康寿命（男性）", KpiLevel.GOAL, "基本目標3"),
                        tuple("健康寿命（女性）", KpiLevel.GOAL, "基本目標3"),
                        tuple("年少人口", KpiLevel.MEASURE, "基本目標3①"),
                        tuple("子育て相談件数", KpiLevel.MEASURE, "基本目標3①ア"),
                        tuple("サテライトオフィス数", KpiLevel.GOAL, "基本目標4"),
                        tuple("延べ宿泊客数", KpiLevel.GOAL, "基本目標4"),
                        tuple("中心市街地の歩行者通行量", KpiLevel.MEASURE, "基本目標4①"),
                        tuple("空き店舗の活用件数", KpiLevel.MEASURE, "基本目標4①"),
                        tuple("救急搬送件数（高齢者）", KpiLevel.GOAL, "基本目標5"),
                        tuple("救急搬送件数（成人）", KpiLevel.GOAL, "基本目標5"),
                        tuple("観光客数（国内）", KpiLevel.GOAL, "基本目標5"),
                        tuple("観光客数（海外）", KpiLevel.GOAL, "基本目標5"),
                        tuple("新規事業所数（製造業）", KpiLevel.GOAL, "基本目標5"),
                        tuple("新規事業所数（サービス業）", KpiLevel.GOAL, "基本目標5"),
                        tuple("子ども食堂利用者数（小学生）", KpiLevel.GOAL, "基本目標5"),
                        tuple("子ども食堂利用者数（中学生）", KpiLevel.GOAL, "基本目標5"),
                        tuple("特定健診受診率（男性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("特定健診受診率（女性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("がん検診受診率（男性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("がん検診受診率（女性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("喫煙率（男性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("喫煙率（女性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("運動習慣者の割合（男性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("運動習慣者の割合（女性）", KpiLevel.MEASURE, "基本目標5①"),
                        tuple("健診の認知度", KpiLevel.MEASURE, "基本目標5①ア"),
                        tuple("健診の満足度", KpiLevel.MEASURE, "基本目標5①ア"),
                        tuple("在宅医療の利用者数", KpiLevel.MEASURE, "基本目標5③"),
                        tuple("救急医療の平均搬送時間", KpiLevel.MEASURE, "基本目標5③"),
                        tuple("転入者数", KpiLevel.GOAL, "基本目標6"),
                        tuple("移住相談窓口の利用件数", KpiLevel.MEASURE, "基本目標6①"),
                        tuple("移住者数", KpiLevel.MEASURE, "基本目標6①"),
                        tuple("空き家バンク登録件数", KpiLevel.MEASURE, "基本目標6②"),
                        tuple("空き家改修の相談件数", KpiLevel.MEASURE, "基本目標6②"),
                        tuple("空き家活用の事業者数", KpiLevel.MEASURE, "基本目標6②"));
        assertThat(strategy.overallTargets()).extracting(Kpi::name).containsExactly("市の総人口");
        BasicGoal first = strategy.goals().get(0);
        assertThat(first.kpis()).extracting(Kpi::name).containsExactly("市内の新規雇用者数");
        assertThat(first.measures().get(0).subMeasures().get(0).kpis()).extracting(Kpi::name)
                .containsExactly("物流拠点の立地件数");
        assertThat(first.measureKpiCount()).isEqualTo(3);
        assertThat(strategy.goals().get(1).kpis()).isEmpty();
        assertThat(strategy.goals().get(1).measureKpiCount()).isEqualTo(1);
    }

    @Test
    void kpisAfterASubMeasureAreTheSubMeasures() {
        Strategy strategy = parse("計画期間：令和7年度～令和11年度\n【基本目標1】しごと\n①企業誘致\n  ア 物流\n  KPI：\n"
                + "  ・立地件数：現状値1件(R5年度) → 4件(R11年度)\n  イ 本社機能\n");
        Measure measure = strategy.goals().get(0).measures().get(0);
        assertThat(measure.kpis()).isEmpty();
        assertThat(measure.subMeasures()).extracting(sub -> sub.kpis().size()).containsExactly(1, 0);
        assertThat(measure.subMeasures().get(0).kpis().get(0).place()).isEqualTo(new Place(1, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"全体目標指標：", "総合目標：", "戦略全体の数値目標：", "overall-targets:"})
    void overallTargetsStandAboveTheGoals(String heading) {
        Strategy strategy = parse("計画期間：令和7年度～令和11年度\n" + heading + "\n"
                + "・市の総人口：現状値16.2万人(R6年) → 15.8万人以上(R11年)\n【基本目標1】しごと\n");
        assertThat(strategy.overallTargets()).singleElement().satisfies(kpi -> {
            assertThat(kpi.level()).isEqualTo(KpiLevel.OVERALL);
            assertThat(kpi.place()).isEqualTo(Place.OVERALL);
            assertThat(kpi.target().level().orElseThrow().baseValue()).isEqualByComparingTo("158000");
        });
        assertThat(strategy.goals().get(0).kpis()).isEmpty();
    }
}
