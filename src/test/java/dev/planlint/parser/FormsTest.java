package dev.planlint.parser;

import dev.planlint.model.Aggregate;
import dev.planlint.model.Bound;
import dev.planlint.model.Kpi;
import dev.planlint.model.PlanStatus;
import dev.planlint.model.Strategy;
import dev.planlint.model.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** forms.strategy writes constructs in their other forms: full-width, half-width, other arrows and brackets. */
class FormsTest {

    private final Strategy strategy = ParserTestSupport.parseValid("forms.strategy");

    @Test
    void headingsWithHalfWidthColonOrNone() {
        assertThat(strategy.period().orElseThrow().value().fromYear()).isEqualTo(2025);
        assertThat(strategy.period().orElseThrow().value().toYear()).isEqualTo(2029);
        assertThat(strategy.status().orElseThrow().value()).isEqualTo(PlanStatus.DRAFT);
        assertThat(strategy.vision().orElseThrow().value()).isEqualTo("ひがし北海道の拠点都市");
        assertThat(strategy.priorities()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("経済活性化"));
    }

    @Test
    void goalHeadingsInSquareBracketsAndWithSpaces() {
        assertThat(strategy.goals()).extracting(goal -> goal.number(), goal -> goal.name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "経済の活性化"),
                        org.assertj.core.groups.Tuple.tuple(2, "人材の育成"));
    }

    @Test
    void bulletsArrowsAndBaselineWords() {
        assertThat(strategy.kpis()).extracting(Kpi::name)
                .containsExactly("製造業粗付加価値額", "延べ宿泊客数", "創業者数", "人口密度");
        Kpi first = kpi(0);
        assertThat(first.measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("50500000000");
        assertThat(first.target().level().orElseThrow().baseValue()).isEqualByComparingTo("50800000000");
    }

    @Test
    void fullWidthDigitsSlashAndPoint() {
        assertThat(kpi(1).measuredBaseline().orElseThrow().value().baseValue()).isEqualByComparingTo("1260000");
        assertThat(kpi(1).measuredBaseline().orElseThrow().value().unit()).isEqualTo("人泊");
        assertThat(kpi(1).measuredBaseline().orElseThrow().time().fromYear()).isEqualTo(2023);
        assertThat(kpi(3).measuredBaseline().orElseThrow().value().amount()).isEqualByComparingTo("47.5");
        assertThat(kpi(3).measuredBaseline().orElseThrow().value().unit()).isEqualTo("人/ha");
        assertThat(kpi(3).target().bound()).isEqualTo(Bound.AT_LEAST);
    }

    @Test
    void fullWidthParenthesisAndSpaceInADate() {
        assertThat(kpi(2).target().time().aggregate()).isEqualTo(Aggregate.CUMULATIVE);
        assertThat(kpi(2).target().time().fromYear()).isEqualTo(2025);
        assertThat(kpi(2).target().time().toYear()).isEqualTo(2029);
    }

    @Test
    void relistingAddressWithSeparators() {
        assertThat(strategy.goals().get(1).measures().get(0).subMeasures().get(1).relisting().orElseThrow()
                .original()).contains(new Place(1, 1, 1));
    }

    private Kpi kpi(int index) {
        return strategy.kpis().toList().get(index);
    }
}
