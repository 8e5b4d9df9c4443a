package dev.planlint.parser;

import dev.planlint.model.Aggregate;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Bound;
import dev.planlint.model.Direction;
import dev.planlint.model.ImpactKind;
import dev.planlint.model.Kpi;
import dev.planlint.model.LinkKind;
import dev.planlint.model.Measure;
import dev.planlint.model.MigrationChange;
import dev.planlint.model.PlanStatus;
import dev.planlint.model.PopulationVision;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Place;
import dev.planlint.model.YearKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every construct of the language, read from constructs-ja.strategy into the model (values checked by hand). */
class ConstructsTest {

    private static final String FILE = "constructs-ja.strategy";

    private final Strategy strategy = ParserTestSupport.parseValid(FILE);

    @Test
    void headerLines() {
        assertThat(strategy.file()).isEqualTo(FILE);
        assertThat(strategy.title().orElseThrow().value()).isEqualTo("第2期テスト市まち・ひと・しごと創生総合戦略");
        assertThat(strategy.title().orElseThrow().position()).isEqualTo(new SourcePosition(FILE, 5, 1));
        assertThat(strategy.municipality().orElseThrow().value()).isEqualTo("テスト市");
        var period = strategy.period().orElseThrow().value();
        assertThat(period.kind()).isEqualTo(YearKind.FISCAL_YEAR);
        assertThat(period.fromYear()).isEqualTo(2020);
        assertThat(period.toYear()).isEqualTo(2024);
        assertThat(period.written()).isEqualTo("令和2年度～令和6年度");
        assertThat(strategy.status().orElseThrow().value()).isEqualTo(PlanStatus.FINAL);
        assertThat(strategy.vision().orElseThrow().value()).isEqualTo("つながる まち・ひと・みらい");
        assertThat(strategy.predecessorFile().orElseThrow().value()).isEqualTo("previous.strategy");
        assertThat(strategy.predecessorFile().orElseThrow().position()).isEqualTo(new SourcePosition(FILE, 10, 1));
        assertThat(strategy.evaluationScheme().orElseThrow().value()).isEqualTo("KPIの達成度による効果検証");
    }

    @Test
    void priorityStrategies() {
        assertThat(strategy.priorities()).extracting(p -> p.number(), p -> p.name(), p -> p.position().line())
                .containsExactly(
                        tuple(1, "まちの活力を高める経済活性化", 14),
                        tuple(2, "地域経済を担う人材育成", 15));
    }

    @Test
    void populationVision() {
        PopulationVision vision = strategy.populationVision();
        assertThat(vision.fertility()).hasSize(2);
        assertThat(vision.fertility().get(0).time().fromYear()).isEqualTo(2030);
        assertThat(vision.fertility().get(0).value().amount()).isEqualByComparingTo("1.8");
        assertThat(vision.fertility().get(1).time().fromYear()).isEqualTo(2040);
        assertThat(vision.fertility().get(1).value().amount()).isEqualByComparingTo("2.07");
        assertThat(vision.fertility().get(1).position()).isEqualTo(new SourcePosition(FILE, 17, 25));

        assertThat(vision.migration()).hasSize(1);
        assertThat(vision.migration().get(0).time().fromYear()).isEqualTo(2040);
        assertThat(vision.migration().get(0).changes())
                .extracting(MigrationChange::label, change -> change.change().amount().intValue(),
                        change -> change.change().unit(), MigrationChange::increase)
                .containsExactly(
                        tuple("転入", 10, "%", true),
                        tuple("転出", 10, "%", false),
                        tuple("20～39歳の年代の移動率", 20, "%", true));

        assertThat(vision.population()).hasSize(2);
        assertThat(vision.population().get(0).time().fromYear()).isEqualTo(2040);
        assertThat(vision.population().get(0).value().baseValue()).isEqualByComparingTo("138000");
        assertThat(vision.population().get(1).time().fromYear()).isEqualTo(2060);
        assertThat(vision.population().get(1).value().baseValue()).isEqualByComparingTo("126000");

        assertThat(vision.impacts()).extracting(i -> i.kind(), i -> i.level())
                .containsExactly(tuple(ImpactKind.NATURAL, 3),
                        tuple(ImpactKind.SOCIAL, 5));
    }

    @Test
    void basicGoals() {
        assertThat(strategy.goals()).extracting(BasicGoal::number, BasicGoal::name)
                .containsExactly(
                        tuple(1, "地域の魅力を生かして、経済・産業の拡大を目指す"),
                        tuple(2, "持続可能なまちをつくる"));
        assertThat(strategy.goals().get(0).position()).isEqualTo(new SourcePosition(FILE, 22, 1));
        assertThat(strategy.goals().get(1).position()).isEqualTo(new SourcePosition(FILE, 52, 1));
    }

    @Test
    void numericTargetWithEveryAttribute() {
        Kpi kpi = kpi(0, 0);
        assertThat(kpi.name()).isEqualTo("延べ宿泊客数");
        assertThat(kpi.position()).isEqualTo(new SourcePosition(FILE, 25, 2));
        assertThat(kpi.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("1530000");
        assertThat(kpi.measuredBaseline().orElseThrow().time().kind()).isEqualTo(YearKind.FISCAL_YEAR);
        assertThat(kpi.measuredBaseline().orElseThrow().time().fromYear()).isEqualTo(2018);
        assertThat(kpi.target().level().orElseThrow().baseValue()).isEqualByComparingTo("1990000");
        assertThat(kpi.target().bound()).isEqualTo(Bound.POINT);
        assertThat(kpi.target().time().fromYear()).isEqualTo(2024);
        assertThat(kpi.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(kpi.actuals()).extracting(a -> a.value().baseValue().intValue(), a -> a.time().fromYear(),
                        a -> a.position().column())
                .containsExactly(tuple(1_600_000, 2019, 8),
                        tuple(980_000, 2020, 21));
        assertThat(kpi.definition()).contains("市内の宿泊施設における延べ宿泊者数（観光入込客数調査）");
        assertThat(kpi.id()).contains("G1-1");
        assertThat(kpi.link().orElseThrow().kind()).isEqualTo(LinkKind.CONTINUES);
        assertThat(kpi.link().orElseThrow().previousName()).as("継続 without a name keeps the own name")
                .isEqualTo("延べ宿泊客数");
        assertThat(kpi.link().orElseThrow().position()).isEqualTo(new SourcePosition(FILE, 30, 5));
        assertThat(kpi.suppressions()).isEmpty();
    }

    @Test
    void previousPeriodLinks() {
        assertThat(kpi(0, 1).link().orElseThrow().kind()).isEqualTo(LinkKind.CONTINUES);
        assertThat(kpi(0, 1).link().orElseThrow().previousName()).isEqualTo("製造業の粗付加価値額");
        assertThat(kpi(1, 0).link().orElseThrow().kind()).isEqualTo(LinkKind.REPLACES);
        assertThat(kpi(1, 0).link().orElseThrow().previousName()).isEqualTo("居住誘導区域の人口密度");
        assertThat(kpi(0, 2).link()).isEmpty();
    }

    @Test
    void directions() {
        assertThat(strategy.kpis()).extracting(Kpi::direction).containsExactly(
                Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER,
                Direction.WITHIN_BOUND, Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER,
                Direction.WITHIN_BOUND, Direction.UNDECLARED, Direction.UNDECLARED, Direction.UNDECLARED);
    }

    @Test
    void boundsAndAggregates() {
        assertThat(kpi(0, 2).target().time().aggregate()).isEqualTo(Aggregate.CUMULATIVE);
        assertThat(kpi(0, 2).target().time().fromYear()).isEqualTo(2020);
        assertThat(kpi(0, 2).target().time().toYear()).isEqualTo(2024);
        assertThat(kpi(0, 3).measuredBaseline().orElseThrow().time().aggregate()).isEqualTo(Aggregate.AVERAGE);
        assertThat(kpi(0, 3).measuredBaseline().orElseThrow().time().fromYear()).isEqualTo(2014);
        assertThat(kpi(0, 3).measuredBaseline().orElseThrow().time().toYear()).isEqualTo(2018);
        assertThat(kpi(0, 4).target().bound()).isEqualTo(Bound.AT_MOST);
        assertThat(kpi(1, 0).target().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(kpi(1, 0).target().level().orElseThrow().amount()).isEqualTo(new BigDecimal("43.0"));
        assertThat(kpi(1, 0).target().level().orElseThrow().unit()).isEqualTo("人/ha");
        assertThat(kpi(1, 3).measuredBaseline().orElseThrow().value().unit()).isEqualTo("%");
        assertThat(kpi(1, 3).target().bound()).isEqualTo(Bound.AT_LEAST);
    }

    @Test
    void fullWidthDigitsInFiguresAndDates() {
        Kpi kpi = kpi(0, 5);
        assertThat(kpi.measuredBaseline().orElseThrow().value().amount()).isEqualByComparingTo("1200");
        assertThat(kpi.measuredBaseline().orElseThrow().time().fromYear()).isEqualTo(2019);
        assertThat(kpi.target().level().orElseThrow().amount()).isEqualByComparingTo("1300");
        assertThat(kpi.target().time().fromYear()).as("平成32年度 is FY2020").isEqualTo(2020);
    }

    @Test
    void suppressions() {
        assertThat(strategy.goals().get(0).suppressions()).singleElement().satisfies(suppression -> {
            assertThat(suppression.ruleId()).isEqualTo("kpi-count");
            assertThat(suppression.reason()).isEqualTo("基本目標1の指標は国の交付金事業に合わせて選んだため");
            assertThat(suppression.position()).isEqualTo(new SourcePosition(FILE, 23, 1));
        });
        assertThat(kpi(0, 2).suppressions()).singleElement().satisfies(suppression -> {
            assertThat(suppression.ruleId()).isEqualTo("target-ambition");
            assertThat(suppression.reason()).isEqualTo("創業支援事業計画の目標に合わせたため");
        });
    }

    @Test
    void droppedTargets() {
        assertThat(strategy.goals().get(0).dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.name()).isEqualTo("観光入込客数");
            assertThat(dropped.reason()).isEqualTo("延べ宿泊客数に統合したため");
            assertThat(dropped.position()).isEqualTo(new SourcePosition(FILE, 43, 1));
        });
        assertThat(strategy.goals().get(1).dropped()).isEmpty();
    }

    @Test
    void measuresAndSubMeasures() {
        BasicGoal first = strategy.goals().get(0);
        assertThat(first.measures()).extracting(Measure::number, Measure::name).containsExactly(
                tuple(1, "釧路らしさを生み出す農林水産業の成長産業化"),
                tuple(2, "中小企業・小規模事業者の「外から稼ぐ力」の強化"));
        assertThat(first.measures().get(0).subMeasures()).extracting(SubMeasure::number, SubMeasure::name)
                .containsExactly(tuple(1, "持続的成長を目指した水産業の振興"),
                        tuple(2, "生産基盤の強化による農業の振興"));
        assertThat(first.measures().get(0).subMeasures().get(1).position())
                .isEqualTo(new SourcePosition(FILE, 47, 3));
        assertThat(strategy.measures()).hasSize(3);
        assertThat(strategy.subMeasures()).hasSize(7);
    }

    @Test
    void relistedSubMeasures() {
        Measure measure = strategy.goals().get(1).measures().get(0);
        SubMeasure addressed = measure.subMeasures().get(1);
        assertThat(addressed.name()).isEqualTo("創業・第二創業の支援");
        assertThat(addressed.relisting().orElseThrow().original()).contains(new Place(1, 2, 2));
        assertThat(addressed.relisting().orElseThrow().position()).isEqualTo(new SourcePosition(FILE, 63, 14));
        SubMeasure byName = measure.subMeasures().get(2);
        assertThat(byName.name()).isEqualTo("持続的成長を目指した水産業の振興");
        assertThat(byName.relisting().orElseThrow().original()).isEmpty();
        assertThat(measure.subMeasures().get(0).relisting()).isEmpty();
    }

    @Test
    void commentsAndBlankLinesAreNotContent() {
        StrategyParsing.Result withComments = StrategyParsing.parse("c.strategy", """
                # a comment before everything
                計画期間：令和2年度～令和6年度   # a comment after a value
                // a comment

                ＃ 全角のコメント
                【基本目標1】テスト
                    # an indented comment between a goal and its targets
                数値目標：
                ・指標：現状値 10人(R1年度) → 12人(R6年度)
                """);
        assertThat(withComments.diagnostics()).isEmpty();
        Strategy parsed = withComments.strategy().orElseThrow();
        assertThat(parsed.period().orElseThrow().value().written()).isEqualTo("令和2年度～令和6年度");
        assertThat(parsed.goals().get(0).position().line()).isEqualTo(6);
        assertThat(parsed.kpis().findFirst().orElseThrow().position().line()).isEqualTo(9);
    }

    private Kpi kpi(int goal, int index) {
        return strategy.goals().get(goal).kpis().get(index);
    }
}
