package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Bound;
import dev.planlint.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures are exact: the amount as written, the multiplier's power of ten, the unit, and the base value. */
class FigureTest {

    @ParameterizedTest(name = "{0} = {3} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # written     | amount   | exponent | unit  | base value
            13万8千人      | 13.8     | 4        | 人    | 138000
            12万6千人      | 12.6     | 4        | 人    | 126000
            1,496万㌧      | 1496     | 4        | トン  | 14960000
            736億円        | 736      | 8        | 円    | 73600000000
            153万人泊      | 153      | 4        | 人泊  | 1530000
            1,353人        | 1353     | 0        | 人    | 1353
            88.5％         | 88.5     | 0        | %     | 88.5
            89.4%          | 89.4     | 0        | %     | 89.4
            47.5人/ha      | 47.5     | 0        | 人/ha | 47.5
            １，２００人   | 1200     | 0        | 人    | 1200
            ８８．５％     | 88.5     | 0        | %     | 88.5
            5千万人        | 5000     | 4        | 人    | 50000000
            1億5千万円     | 1.5      | 8        | 円    | 150000000
            1兆2億3万4千5円 | 1.000200034005 | 12 | 円    | 1000200034005
            8千人          | 8        | 3        | 人    | 8000
            2.07           | 2.07     | 0        | ''    | 2.07
            -3人           | -3       | 0        | 人    | -3
            ＋3人          | 3        | 0        | 人    | 3
            """)
    void figureIsExact(String written, String amount, int exponent, String unit, String baseValue) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine(
                "・指標：現状値 " + written + "(R1年度) → 1(R6年度)");
        assertThat(result.diagnostics()).isEmpty();
        Quantity quantity = result.strategy().orElseThrow().kpis().findFirst().orElseThrow().measuredBaseline().orElseThrow().value();
        assertThat(quantity.amount()).isEqualByComparingTo(amount);
        assertThat(quantity.multiplierExponent()).isEqualTo(exponent);
        assertThat(quantity.unit()).isEqualTo(unit);
        assertThat(quantity.baseValue()).isEqualByComparingTo(baseValue);
        assertThat(quantity.written()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            13万8千人 | 13.8
            88.50%    | 88.50
            43.0人/ha | 43.0
            3万人     | 3
            """)
    void amountKeepsTheDigitsWrittenAfterThePoint(String written, String amount) {
        Quantity quantity = ParserTestSupport.withKpiLine("・指標：現状値 " + written + "(R1年度) → 1(R6年度)")
                .strategy().orElseThrow().kpis().findFirst().orElseThrow().measuredBaseline().orElseThrow().value();
        assertThat(quantity.amount()).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            43.0人/ha以上   | AT_LEAST
            43.0人/ha or more | AT_LEAST
            642人以下       | AT_MOST
            642人 or less   | AT_MOST
            642人           | POINT
            """)
    void bounds(String target, Bound bound) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine("・指標：現状値 1(R1年度) → " + target
                + "(R6年度)");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.strategy().orElseThrow().kpis().findFirst().orElseThrow().target().bound())
                .isEqualTo(bound);
    }

    /** The figure starts in column 9 of line 4: ・指標：現状値 and a space are 8 characters. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.5人          | figure.fractionOfCount    | 9
            2.5件          | figure.fractionOfCount    | 9
            5万%           | figure.shareWithMultiplier | 9
            3千％          | figure.shareWithMultiplier | 9
            3万2億円       | figure.multiplierOrder    | 12
            5万万人        | figure.multiplierOrder    | 11
            5千千人        | figure.multiplierOrder    | 11
            1234567890123456789012345678901人 | figure.tooManyDigits | 9
            """)
    void figureTheUnitCannotCarry(String written, String code, int column) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine(
                "・指標：現状値 " + written + "(R1年度) → 1(R6年度)");
        assertThat(ParserTestSupport.errors(result)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.position().line()).isEqualTo(4);
            assertThat(error.position().column()).isEqualTo(column);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0人
            1.5万人
            0.5%
            1.5トン
            """)
    void wholeNumbersOfCountsAndFractionsOfOtherUnitsAreFine(String written) {
        assertThat(ParserTestSupport.withKpiLine("・指標：現状値 " + written + "(R1年度) → 1(R6年度)").diagnostics())
                .noneMatch(Diagnostic::isError);
    }
}
