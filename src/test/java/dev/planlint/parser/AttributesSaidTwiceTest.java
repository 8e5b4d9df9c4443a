package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 改善方向, 定義, 指標ID and 前期指標 said twice on one KPI: an error at the second naming both positions, so that the
 * planner decides; 実績 on several lines is one list (its times are checked in ActualsSaidOnceTest).
 */
class AttributesSaidTwiceTest {

    private static final String KPI = "・創業者数：現状値40人(R1年度) → 60人(R6年度)\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "改善方向：増加|改善方向：減少|改善方向",
            "定義：市の創業支援を受けた人|定義：法人登記の数|定義",
            "指標ID：G1-1|指標ID：G1-2|指標ID",
            "前期指標：継続|前期指標：置換：開業者数|前期指標"})
    void theSecondIsAnErrorWithBothPositions(String first, String second, String attribute) {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine(KPI + "    " + first + "\n    " + second + "\n");
        List<Diagnostic> errors = ParserTestSupport.errors(result);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("kpi.attributeRepeated");
            assertThat(error.position().line()).isEqualTo(6);
            assertThat(error.position().column()).isEqualTo(5);
            assertThat(error.message(Locale.ENGLISH)).isEqualTo(attribute + " is written twice for this KPI, at"
                    + " t.strategy:5:5 and at t.strategy:6:5: keep the one that is meant and delete the other.");
            assertThat(error.message(Locale.JAPANESE)).contains(attribute, "t.strategy:5:5 と t.strategy:6:5")
                    .doesNotContain("使います");
        });
    }

    @Test
    void actualsOnSeveralLinesAreNotRepeatedAttributes() {
        StrategyParsing.Result result = ParserTestSupport.withKpiLine(KPI
                + "    改善方向：増加\n    実績：45人(R2年度)\n    実績：50人(R3年度)\n");
        assertThat(ParserTestSupport.errors(result)).isEmpty();
        assertThat(result.strategy().orElseThrow().kpis().findFirst().orElseThrow().actuals()).hasSize(2);
    }
}
