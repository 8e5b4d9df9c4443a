package dev.planlint.check;

import dev.planlint.catalog.Severity;
import dev.planlint.load.StrategyLoader;
import dev.planlint.model.Strategy;
import dev.planlint.model.Subject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding on a re-listed sub-measure (再掲) relates to the sub-measure it repeats, written address or not. */
class RelatedPlacesTest {

    // Fictional strategy (架空の例): invented names.
    private static final String TEXT = """
            計画期間：令和7年度～令和11年度
            【基本目標1】しごと
            ①産業の振興
              ア創業の支援
            【基本目標2】くらし
            ①まちの活性化
              ア創業の支援（再掲）
              イ創業の支援（再掲：基本目標1①ア）
            """;

    @Test
    void aRelistingRelatesToItsOriginal() {
        Strategy strategy = StrategyLoader.loadText(Path.of("relisting.strategy"), TEXT, Optional.empty())
                .strategy().orElseThrow().strategy();
        RelatedPlaces places = RelatedPlaces.of(new ReportedStrategy(strategy, Optional.empty(), List.of()));
        for (int line : List.of(7, 8)) {
            List<RelatedPlaces.Related> related = places.of(finding(strategy.file(), line), false);
            assertThat(related).singleElement().satisfies(place -> {
                assertThat(place.position().line()).isEqualTo(4);
                assertThat(place.message(Locale.JAPANESE)).contains("再掲の元");
            });
        }
        assertThat(places.of(finding(strategy.file(), 4), true)).isEmpty();
    }

    private static ReportedFinding finding(String file, int line) {
        return new ReportedFinding("relisting-changed", Severity.INFO,
                new Subject(Subject.Kind.SUB_MEASURE, "創業の支援", 2, file, line, 3), Map.of(), "en", "ja",
                Optional.empty(), false);
    }
}
