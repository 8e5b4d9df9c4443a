package dev.planlint.load;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Bound;
import dev.planlint.model.Kpi;
import dev.planlint.model.LinkKind;
import dev.planlint.model.PlanStatus;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The two Kushiro strategies, counted by hand from the city's diagram (seed 000_5d8e77d3d6be81f3). */
class KushiroStrategiesTest {

    private static final Path STRATEGIES = Path.of("strategies");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                       | goals | targets | measures | sub-measures | targets per goal | measures per goal
            kushiro-2nd.strategy         | 4     | 11      | 17       | 47           | 4 3 2 2          | 6 5 4 2
            kushiro-3rd-draft.strategy   | 4     | 9       | 17       | 48           | 3 2 2 2          | 7 3 4 3
            """)
    void counts(String file, int goals, int targets, int measures, int subMeasures, String targetsPerGoal,
                String measuresPerGoal) {
        LoadResult result = StrategyLoader.load(STRATEGIES.resolve(file));
        assertThat(result.diagnostics()).isEmpty();
        Strategy strategy = result.strategy().orElseThrow().strategy();

        assertThat(strategy.goals()).hasSize(goals);
        assertThat(strategy.kpis()).hasSize(targets);
        assertThat(strategy.measures()).hasSize(measures);
        assertThat(strategy.subMeasures()).hasSize(subMeasures);
        assertThat(strategy.goals().stream().map(goal -> String.valueOf(goal.kpis().size())))
                .containsExactly(targetsPerGoal.split(" "));
        assertThat(strategy.goals().stream().map(goal -> String.valueOf(goal.measures().size())))
                .containsExactly(measuresPerGoal.split(" "));
        assertThat(strategy.priorities()).hasSize(3);
    }

    @Test
    void secondPeriodValues() {
        Strategy second = load("kushiro-2nd.strategy");
        assertThat(second.status().orElseThrow().value()).isEqualTo(PlanStatus.FINAL);
        assertThat(second.period().orElseThrow().value().fromYear()).isEqualTo(2020);
        assertThat(second.period().orElseThrow().value().toYear()).isEqualTo(2024);
        assertThat(second.populationVision().population().get(0).value().baseValue()).isEqualByComparingTo("138000");

        Kpi density = second.goals().get(3).kpis().get(0);
        assertThat(density.name()).isEqualTo("住民基本台帳に基づく居住誘導区域の人口密度");
        assertThat(density.target().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(density.target().level().orElseThrow().amount()).isEqualByComparingTo("43.0");
        Kpi cargo = second.goals().get(3).kpis().get(1);
        assertThat(cargo.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("14960000");
        assertThat(cargo.measuredBaseline().orElseThrow().value().unit()).isEqualTo("トン");

        SubMeasure relisted = second.goals().get(3).measures().get(1).subMeasures().get(1);
        assertThat(relisted.name()).isEqualTo("医療体制の整備");
        assertThat(relisted.relisting()).isPresent();
    }

    @Test
    void thirdPeriodDraftLinksToTheSecond() {
        LoadedStrategy third = StrategyLoader.load(STRATEGIES.resolve("kushiro-3rd-draft.strategy")).strategy()
                .orElseThrow();
        assertThat(third.strategy().status().orElseThrow().value()).isEqualTo(PlanStatus.DRAFT);
        assertThat(third.predecessor().orElseThrow().strategy().title().orElseThrow().value())
                .isEqualTo("第2期釧路市まち・ひと・しごと創生総合戦略");
        assertThat(third.strategy().kpis().filter(kpi -> kpi.link().isPresent())).hasSize(9);
        Kpi share = third.strategy().goals().get(3).kpis().get(0);
        assertThat(share.link().orElseThrow().kind()).isEqualTo(LinkKind.REPLACES);
        assertThat(share.link().orElseThrow().previousName()).isEqualTo("住民基本台帳に基づく居住誘導区域の人口密度");
        assertThat(share.measuredBaseline().orElseThrow().value().unit()).isEqualTo("%");
        assertThat(third.strategy().goals()).extracting(BasicGoal::number).containsExactly(1, 2, 3, 4);
    }

    private static Strategy load(String file) {
        return StrategyLoader.load(STRATEGIES.resolve(file)).strategy().orElseThrow().strategy();
    }
}
