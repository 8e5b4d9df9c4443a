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
}
