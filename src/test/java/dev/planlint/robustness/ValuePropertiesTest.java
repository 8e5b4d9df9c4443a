package dev.planlint.robustness;

import dev.planlint.model.Kpi;
import dev.planlint.model.Strategy;
import dev.planlint.parser.StrategyParsing;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of figures and dates that must hold for every value, not only the ones in the examples. */
class ValuePropertiesTest {

    private static Kpi onlyKpi(String targetLine) {
        String text = "計画期間：令和7年度～令和11年度\n【基本目標1】テスト\n数値目標：\n" + targetLine + "\n";
        StrategyParsing.Result result = StrategyParsing.parse("property.strategy", text);
        assertThat(result.hasErrors()).as("%s: %s", targetLine, result.diagnostics()).isFalse();
        Strategy strategy = result.strategy().orElseThrow();
        return strategy.kpis().findFirst().orElseThrow();
    }

    @Property(tries = 300)
    void figuresWithMultipliersAreExact(@ForAll @LongRange(min = 1, max = 9_999) long man,
                                        @ForAll @IntRange(min = 0, max = 9) int sen) {
        String written = sen == 0 ? man + "万人" : man + "万" + sen + "千人";
        Kpi kpi = onlyKpi("・指標：現状値 " + written + "(R5年度) → 1人(R11年度)");
        BigDecimal expected = BigDecimal.valueOf(man * 10_000 + sen * 1_000L);
        assertThat(kpi.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo(expected);
        assertThat(kpi.measuredBaseline().orElseThrow().value().unit()).isEqualTo("人");
    }

    @Property(tries = 300)
    void thousandsSeparatorsAndFullWidthDigitsReadAsTheSameNumber(@ForAll @LongRange(min = 0, max = 999_999_999L)
                                                                  long value) {
        String grouped = String.format(java.util.Locale.ROOT, "%,d", value);
        String fullWidth = grouped.chars().mapToObj(c -> Character.isDigit(c)
                ? String.valueOf((char) ('０' + (c - '0'))) : String.valueOf((char) c)).reduce("", String::concat);
        Kpi plain = onlyKpi("・指標：現状値 " + value + "件(R5年度) → 1件(R11年度)");
        Kpi wide = onlyKpi("・指標：現状値 " + fullWidth + "件(R5年度) → 1件(R11年度)");
        assertThat(wide.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo(plain.measuredBaseline().orElseThrow().value().baseValue())
                .isEqualByComparingTo(BigDecimal.valueOf(value));
    }

    @Property(tries = 200)
    void reiwaAndHeiseiYearsAreTheWesternYears(@ForAll @IntRange(min = 1989, max = 2200) int year) {
        String era = year >= 2019 ? "R" + (year - 2018) : "H" + (year - 1988);
        Kpi kpi = onlyKpi("・指標：現状値 10人(" + era + "年度) → 12人(" + year + "年度)");
        assertThat(kpi.measuredBaseline().orElseThrow().time().fromYear()).isEqualTo(year);
        assertThat(kpi.target().time().fromYear()).isEqualTo(year);
    }

    @Property(tries = 200)
    void decimalsKeepEveryDigit(@ForAll @IntRange(min = 0, max = 99_999) int whole,
                                @ForAll @IntRange(min = 0, max = 999) int fraction) {
        String written = whole + "." + String.format("%03d", fraction);
        Kpi kpi = onlyKpi("・指標：現状値 " + written + "%(R5年度) → 1%(R11年度)");
        assertThat(kpi.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo(new BigDecimal(written));
    }
}
