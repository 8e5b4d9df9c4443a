package dev.planlint.validate;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** 実績 on several lines is one list of values, but one time has one value: a second one is an error with both. */
class ActualsSaidOnceTest {

    private static final String KPI = "計画期間：令和2年度～令和6年度\n【基本目標1】テスト\n数値目標：\n"
            + "・創業者数：現状値40人(R1年度) → 60人(R6年度)\n";

    private static List<Diagnostic> validate(String attributes) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy", KPI + attributes);
        assertThat(result.hasErrors()).isFalse();
        return StrategyValidator.validate(result.strategy().orElseThrow());
    }

    @Test
    void aSecondValueForTheSameTimeIsAnErrorNamingBoth() {
        List<Diagnostic> diagnostics = validate("    実績：45人(R2年度)、46人(R3年度)\n    実績：50人(令和2年度)\n");
        assertThat(diagnostics).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.code()).isEqualTo("kpi.actualRepeated");
            assertThat(error.position()).hasToString("t.strategy:6:8");
            assertThat(error.message(Locale.ENGLISH)).isEqualTo("\"創業者数\" has two actual values for 令和2年度:"
                    + " 45人 at t.strategy:5:8 and 50人 at t.strategy:6:8. A time has one value: keep the one that is"
                    + " meant.");
            assertThat(error.message(Locale.JAPANESE)).contains("t.strategy:5:8 の 45人", "t.strategy:6:8 の 50人");
        });
    }

    @Test
    void theSameFigureTwiceIsAlsoAnErrorBecauseATotalWouldCountItTwice() {
        assertThat(validate("    実績：45人(R2年度)\n    実績：45人(R2年度)\n"))
                .extracting(Diagnostic::code).containsExactly("kpi.actualRepeated");
    }

    @Test
    void severalLinesOfDifferentTimesAndACalendarAndAFiscalYearAreFine() {
        assertThat(validate("    実績：45人(R2年度)\n    実績：50人(R3年度)\n    実績：47人(R2年)\n")).isEmpty();
    }
}
