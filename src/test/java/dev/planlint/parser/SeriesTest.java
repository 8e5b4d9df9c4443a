package dev.planlint.parser;

import dev.planlint.model.Bound;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiSeries;
import dev.planlint.model.NoBaseline;
import dev.planlint.model.Observation;
import dev.planlint.model.TargetFigure;
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
        assertThat(men.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("79.0");
        assertThat(women.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("83.2");
        assertThat(men.measuredBaseline().orElseThrow().time().fromYear()).isEqualTo(2022);
        assertThat(men.target().level().orElseThrow().baseValue()).isEqualByComparingTo("80.0");
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
    @Test
    void aSeriesMayHaveNoBaselineWhileTheOtherHasOne() {
        List<Kpi> kpis = kpis("・事業所数：現状値 製造業 新規、サービス業 12件(R6年度) → 製造業 5件、サービス業 15件(R7年度)\n");
        assertThat(kpis.get(0).baseline()).isInstanceOfSatisfying(NoBaseline.class, none -> {
            assertThat(none.mark()).isEqualTo("新規");
            assertThat(none.time().orElseThrow().fromYear()).isEqualTo(2024);
        });
        assertThat(kpis.get(0).measuredBaseline()).isEmpty();
        assertThat(kpis.get(1).measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("12");
    }

    @Test
    void eachSeriesMayHaveARelativeTargetAgainstItsOwnBaseline() {
        List<Kpi> kpis = kpis("・搬送件数：現状値 高齢者1,200件、成人800件(R5年) → 高齢者10%減少、成人5%減少(R6年)\n");
        assertThat(kpis).extracting(kpi -> kpi.target().figure()).allSatisfy(figure -> assertThat(figure)
                .isInstanceOfSatisfying(TargetFigure.Change.class, change -> {
                    assertThat(change.kind()).isEqualTo(TargetFigure.ChangeKind.PERCENT);
                    assertThat(change.sign()).isEqualTo(-1);
                }));
        assertThat(kpis).extracting(kpi -> ((TargetFigure.Change) kpi.target().figure()).amount())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("5"));
    }

    @Test
    void aTargetThatFollowsTheBaselineIsWrittenOnceForEverySeries() {
        List<Kpi> kpis = kpis("・受診率：現状値 男性40%、女性45%(R5年度) → 現状値以上(R6年度)\n");
        assertThat(kpis).extracting(Kpi::name).containsExactly("受診率（男性）", "受診率（女性）");
        assertThat(kpis).allSatisfy(kpi -> {
            assertThat(kpi.target().figure()).isEqualTo(new TargetFigure.AtBaseline(false, "現状値"));
            assertThat(kpi.target().bound()).isEqualTo(Bound.AT_LEAST);
            assertThat(kpi.target().time().fromYear()).isEqualTo(2024);
        });
    }

    @Test
    void aBaselineThatDoesNotExistIsWrittenOnceForEverySeries() {
        List<Kpi> kpis = kpis("""
                ・利用者数：現状値 新規 → 小学生 300人、中学生 100人(R6年度)
                    実績：小学生 120人(R5年度)
                """);
        assertThat(kpis).extracting(Kpi::name).containsExactly("利用者数（小学生）", "利用者数（中学生）");
        assertThat(kpis).allSatisfy(kpi -> assertThat(kpi.measuredBaseline()).isEmpty());
        assertThat(kpis.get(1).target().level().orElseThrow().baseValue()).isEqualByComparingTo("100");
        assertThat(kpis.get(0).actuals()).singleElement()
                .satisfies(actual -> assertThat(actual.value().baseValue()).isEqualByComparingTo("120"));
    }

    @Test
    void aSeriesFigureMayBeApproximate() {
        List<Kpi> kpis = kpis("・観光客数：現状値 国内 約20万人、海外2万人程度(R5年) → 国内 約25万人、海外3万人(R6年)\n");
        assertThat(kpis).extracting(kpi -> kpi.measuredBaseline().orElseThrow().value().approximate())
                .containsExactly(true, true);
        assertThat(kpis.get(1).measuredBaseline().orElseThrow().value().unit()).isEqualTo("人");
        assertThat(kpis).extracting(kpi -> kpi.target().level().orElseThrow().approximate())
                .containsExactly(true, false);
    }

    /** A label run into its 約 or its 新規 is the label and then the 約 or the 新規, as with a space between them. */
    @Test
    void aLabelRunIntoItsAboutOrItsNoBaselineMarkIsTheLabelThenTheMark() {
        List<Kpi> kpis = kpis("・観光客数：現状値 国内約20万人、海外新規(R5年) → 国内約25万人、海外3万人(R6年)\n");
        assertThat(kpis).extracting(Kpi::name).containsExactly("観光客数（国内）", "観光客数（海外）");
        assertThat(kpis.get(0).measuredBaseline().orElseThrow().value()).satisfies(about -> {
            assertThat(about.baseValue()).isEqualByComparingTo("200000");
            assertThat(about.approximate()).isTrue();
        });
        assertThat(kpis.get(0).target().level().orElseThrow().approximate()).isTrue();
        assertThat(kpis.get(1).baseline()).isInstanceOfSatisfying(NoBaseline.class,
                none -> assertThat(none.mark()).isEqualTo("新規"));
        assertThat(kpis.get(1).measuredBaseline()).isEmpty();
    }

    /** 契約 ends in 約 as a word of its own; うち新規 followed by its figure is a label, not a missing baseline. */
    @Test
    void aWordEndingInAboutOrNewThatIsALabelStaysWhole() {
        List<Kpi> kpis = kpis("・件数：現状値 新規契約10件、うち新規4件(R5年度) → 新規契約15件、うち新規6件(R6年度)\n");
        assertThat(kpis).extracting(Kpi::name).containsExactly("件数（新規契約）", "件数（うち新規）");
        assertThat(kpis).allSatisfy(kpi -> assertThat(kpi.measuredBaseline().orElseThrow().value().approximate())
                .isFalse());
        assertThat(kpis.get(1).measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("4");
    }

    /** After 現状値 and a space, a label that starts with 新規 is a label (新規就農者), not the mark 新規. */
    @Test
    void aLabelStartingWithNewAfterTheBaselineKeywordIsALabel() {
        List<Kpi> kpis = kpis("・就農者数：現状値 新規就農者10人、継承者5人(R5年度) → 新規就農者15人、継承者8人(R6年度)\n");
        assertThat(kpis).extracting(Kpi::name).containsExactly("就農者数（新規就農者）", "就農者数（継承者）");
        assertThat(kpis.get(0).measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("10");
        List<Kpi> none = kpis("・利用者数：現状値 新規 → 小学生 300人、中学生 100人(R6年度)\n");
        assertThat(none).allSatisfy(kpi -> assertThat(kpi.baseline()).isInstanceOf(NoBaseline.class));
    }

    @Test
    void aChangeOrANoBaselineMarkWhereAValueBelongsIsAnError() {
        for (String line : List.of(
                "・寿命：現状値 男性79.0歳、女性4%減少(R4年) → 男性80.0歳、女性84.0歳(R6年)",
                "・寿命：現状値 男性79.0歳、女性83.2歳(R4年) → 男性80.0歳、女性84.0歳(R6年)\n    実績：男性 新規(R5年)",
                "・寿命：現状値 男性79.0歳、女性83.2歳(R4年) → 男性80.0歳、女性 新規(R6年)")) {
            StrategyParsing.Result result = StrategyParsing.parse("t.strategy",
                    ParserTestSupport.BEFORE_KPI + line + "\n");
            assertThat(result.diagnostics()).as(line).extracting(diagnostic -> diagnostic.code())
                    .containsExactly("series.figureMisplaced");
        }
    }
}
