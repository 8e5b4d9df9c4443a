package dev.planlint.parser;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Suppression;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.VisionTarget;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * constructs-en.strategy is constructs-ja.strategy written with the English keywords. Names and free text differ;
 * everything the keywords decide (structure, figures, dates, bounds, directions, links, suppressions) must not.
 */
class EnglishKeywordsTest {

    private final Strategy japanese = ParserTestSupport.parseValid("constructs-ja.strategy");
    private final Strategy english = ParserTestSupport.parseValid("constructs-en.strategy");

    @Test
    void headerLinesGiveTheSameModel() {
        assertThat(english.title()).isPresent();
        assertThat(english.municipality()).isPresent();
        assertThat(english.vision()).isPresent();
        assertThat(english.evaluationScheme()).isPresent();
        assertThat(english.predecessorFile().orElseThrow().value())
                .isEqualTo(japanese.predecessorFile().orElseThrow().value());
        assertThat(time(english.period().orElseThrow().value())).isEqualTo(time(japanese.period().orElseThrow().value()));
        assertThat(english.status().orElseThrow().value()).isEqualTo(japanese.status().orElseThrow().value());
        assertThat(english.priorities()).extracting(p -> p.number())
                .containsExactlyElementsOf(japanese.priorities().stream().map(p -> p.number()).toList());
    }

    @Test
    void populationVisionGivesTheSameModel() {
        assertThat(shape(english).get(0)).isEqualTo(shape(japanese).get(0));
    }

    @Test
    void goalsGiveTheSameModel() {
        List<String> expected = shape(japanese);
        List<String> actual = shape(english);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 1; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("goal %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void textsAreTheEnglishOnes() {
        Kpi first = english.kpis().findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("guest nights");
        assertThat(first.link().orElseThrow().previousName()).isEqualTo("guest nights");
        assertThat(first.id()).contains("G1-1");
        assertThat(english.goals().get(0).dropped().get(0).name()).isEqualTo("tourist visits");
        assertThat(english.goals().get(1).kpis().get(0).link().orElseThrow().previousName())
                .isEqualTo("density of the residential area");
        assertThat(english.goals().get(1).measures().get(0).subMeasures().get(1).name())
                .isEqualTo("business start-up support");
    }

    @Test
    void goalInSquareBrackets() {
        StrategyParsing.Result result = StrategyParsing.parse("g.strategy",
                "period: FY2020 ~ FY2024\n[goal 1] first\n[goal 2] second\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.strategy().orElseThrow().goals()).extracting(BasicGoal::number, BasicGoal::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "first"),
                        org.assertj.core.groups.Tuple.tuple(2, "second"));
    }

    /** What the keywords decide, one string per part: the population vision first, then one per goal. */
    private static List<String> shape(Strategy strategy) {
        var vision = strategy.populationVision();
        String visionShape = vision.fertility().stream().map(EnglishKeywordsTest::vision).toList() + " "
                + vision.migration().stream().map(m -> m.time().fromYear() + m.changes().stream()
                .map(c -> quantity(c.change()) + c.increase()).toList().toString()).toList() + " "
                + vision.population().stream().map(EnglishKeywordsTest::vision).toList() + " "
                + vision.impacts().stream().map(i -> i.kind() + "=" + i.level()).toList();
        List<String> goals = strategy.goals().stream().map(EnglishKeywordsTest::goal).toList();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(visionShape), goals.stream()).toList();
    }

    private static String goal(BasicGoal goal) {
        return goal.number() + " " + suppressions(goal.suppressions()) + " dropped=" + goal.dropped().size()
                + goal.kpis().stream().map(EnglishKeywordsTest::kpi).collect(Collectors.joining("\n  ", "\n  ", ""))
                + goal.measures().stream().map(EnglishKeywordsTest::measure).collect(Collectors.joining("\n  ", "\n  ",
                ""));
    }

    private static String kpi(Kpi kpi) {
        return observation(kpi.measuredBaseline().orElseThrow()) + " -> " + quantity(kpi.target().level().orElseThrow()) + " " + kpi.target().bound()
                + " " + time(kpi.target().time()) + " " + kpi.direction()
                + " actuals=" + kpi.actuals().stream().map(EnglishKeywordsTest::observation).toList()
                + " link=" + kpi.link().map(link -> link.kind().name()).orElse("-")
                + " definition=" + kpi.definition().isPresent() + " id=" + kpi.id().isPresent()
                + " " + suppressions(kpi.suppressions());
    }

    private static String measure(Measure measure) {
        return measure.number() + " " + measure.subMeasures().stream().map(EnglishKeywordsTest::subMeasure).toList();
    }

    private static String subMeasure(SubMeasure sub) {
        return sub.number() + sub.relisting().map(r -> " relisted " + r.original()).orElse("");
    }

    private static String suppressions(List<Suppression> suppressions) {
        return suppressions.stream().map(Suppression::ruleId).toList().toString();
    }

    private static String vision(VisionTarget target) {
        return target.time().fromYear() + "=" + quantity(target.value());
    }

    private static String observation(Observation observation) {
        return quantity(observation.value()) + " " + time(observation.time());
    }

    private static String quantity(Quantity quantity) {
        return quantity.baseValue().toPlainString() + quantity.unit();
    }

    private static String time(TimeSpec time) {
        return time.kind() + " " + time.fromYear() + "-" + time.toYear() + " " + time.aggregate();
    }
}
