package dev.planlint.parser;

import dev.planlint.model.Kpi;
import dev.planlint.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Approximate figures (約20万人, 20万人程度): the value and unit as meant, the flag kept, the figure shown as written. */
class ApproximateFigureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # figure       | base value | unit | approximate
        約20万人         | 200000     | 人   | true
        20万人程度        | 200000     | 人   | true
        およそ1,500件     | 1500       | 件   | true
        20万程度         | 200000     |      | true
        about 300人     | 300        | 人   | true
        20万人           | 200000     | 人   | false
        """)
    void anApproximateFigureKeepsItsValueUnitAndFlag(String figure, String baseValue, String unit,
                                                      boolean approximate) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine(
                "・観光入込客数：現状値 " + figure + "(R5年度) → " + figure + "(R6年度)");
        assertThat(ParserTestSupport.errors(result)).isEmpty();
        Kpi kpi = result.strategy().orElseThrow().kpis().findFirst().orElseThrow();
        for (Quantity quantity : new Quantity[] {kpi.measuredBaseline().orElseThrow().value(),
                kpi.target().level().orElseThrow()}) {
            assertThat(quantity.baseValue()).isEqualByComparingTo(baseValue);
            assertThat(quantity.unit()).isEqualTo(unit == null ? "" : unit);
            assertThat(quantity.approximate()).isEqualTo(approximate);
            assertThat(quantity.written()).as("shown as written").isEqualTo(figure);
        }
    }

    /** A series label run into its 約 (国内約20万人) is the label 国内 and an approximate figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # series figures                 | first label | approximate
        国内約20万人、海外約2万人             | 国内          | true
        国内 約20万人、海外 約2万人           | 国内          | true
        国内20万人程度、海外2万人程度          | 国内          | true
        新規契約20万件、解約2万件             | 新規契約       | false
        """)
    void aSeriesLabelRunIntoItsAboutIsTheLabelAndAnApproximateFigure(String figures, String label,
                                                                     boolean approximate) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine(
                "・観光入込客数：現状値 " + figures + "(R5年度) → " + figures + "(R6年度)");
        assertThat(ParserTestSupport.errors(result)).isEmpty();
        java.util.List<Kpi> kpis = result.strategy().orElseThrow().kpis().toList();
        assertThat(kpis).hasSize(2);
        assertThat(kpis.get(0).name()).isEqualTo("観光入込客数（" + label + "）");
        assertThat(kpis).allSatisfy(kpi -> {
            assertThat(kpi.measuredBaseline().orElseThrow().value().approximate()).isEqualTo(approximate);
            assertThat(kpi.target().level().orElseThrow().approximate()).isEqualTo(approximate);
        });
        assertThat(kpis.get(0).measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("200000");
    }
}
