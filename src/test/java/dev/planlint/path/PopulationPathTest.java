package dev.planlint.path;

import dev.planlint.model.PopulationVision;
import dev.planlint.model.VisionTarget;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The population vision as cities write it (令和22(2040)年の総人口13万人, 実績 under it) and its path. */
class PopulationPathTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static PopulationVision vision(String lines) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy",
                "計画期間：令和7年度～令和11年度\n" + lines + "【基本目標１】テスト\n");
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        return result.strategy().orElseThrow().populationVision();
    }

    @Test
    void theModelKeepsTheLabelAndTheActualPopulation() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/dev/planlint/parser/population-vision.strategy"));
        PopulationVision vision = StrategyParsing.parse("p.strategy", text).strategy().orElseThrow()
                .populationVision();
        assertThat(vision.population()).extracting(target -> target.time().toYear(), VisionTarget::label,
                        target -> target.value().baseValue().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2040, Optional.of("総人口"), 130000),
                        org.assertj.core.groups.Tuple.tuple(2060, Optional.of("総人口"), 110000));
        assertThat(vision.populationActuals()).extracting(actual -> actual.value().baseValue().intValue(),
                actual -> actual.time().toYear()).containsExactly(org.assertj.core.groups.Tuple.tuple(165000, 2020),
                org.assertj.core.groups.Tuple.tuple(155000, 2024));
        assertThat(vision.fertility()).singleElement().satisfies(target -> assertThat(target.label()).isEmpty());
    }

    /** An actual population may carry the target's label (総人口16万5千人); series (男性…、女性…) are an error. */
    @Test
    void anActualPopulationMayBeLabelledButHasNoSeries() {
        PopulationVision vision = vision("人口の将来目標：令和22(2040)年の総人口13万人\n実績：総人口16万5千人(R2年)、15万5千人(R6年)\n");
        assertThat(vision.populationActuals()).extracting(actual -> actual.value().baseValue().intValue())
                .containsExactly(165000, 155000);
        StrategyParsing.Result series = StrategyParsing.parse("t.strategy", "計画期間：令和7年度～令和11年度\n"
                + "人口の将来目標：令和22(2040)年の総人口13万人\n実績：男性8万人、女性8万5千人(R2年)\n【基本目標１】テスト\n");
        assertThat(series.diagnostics()).extracting(diagnostic -> diagnostic.code())
                .containsExactly("series.labelledActual");
    }

    @Test
    void theLabelMayFollowNiAndTheTargetWithoutALabelHasNone() {
        PopulationVision vision = vision("人口の将来目標：2040年に総人口13万人、2060年に11万人\n");
        assertThat(vision.population()).extracting(VisionTarget::label)
                .containsExactly(Optional.of("総人口"), Optional.empty());
    }

    @Test
    void theNewestActualIsReadOnTheStraightPathFromTheEarliestToTheNextTarget() {
        PopulationPath path = PopulationPath.of(vision("人口の将来目標：令和22(2040)年の総人口13万人\n"
                + "実績：16万5千人(R2年)、15万5千人(R6年)\n"), AS_OF).orElseThrow();
        assertThat(path.pathValue()).isEqualByComparingTo("158000");
        assertThat(path.difference()).isEqualByComparingTo("-3000");
        assertThat(path.differenceRate()).isEqualByComparingTo("-0.0189873");
        assertThat(path.isBehind()).isTrue();
        assertThat(path.targetLabel()).isEqualTo("総人口");
    }

    @Test
    void pastTheFirstTargetThePathRunsOnToTheNext() {
        PopulationPath path = PopulationPath.of(vision("人口の将来目標：2030年に16万人 / 2040年に14万人\n"
                + "実績：17万人(2020年)\n実績：15万1千人(2035年)\n"), LocalDate.of(2036, 6, 1)).orElseThrow();
        assertThat(path.pathValue()).isEqualByComparingTo("150000");
        assertThat(path.isBehind()).isFalse();
    }

    @Test
    void nothingIsJudgedWithOneActualOrAfterTheLastTargetOrBeforeTheAsOfDate() {
        assertThat(PopulationPath.of(vision("人口の将来目標：2040年に13万人\n実績：16万5千人(2020年)\n"), AS_OF)).isEmpty();
        assertThat(PopulationPath.of(vision("人口の将来目標：2022年に16万人\n実績：16万5千人(2020年)、15万人(2024年)\n"),
                AS_OF)).isEmpty();
        assertThat(PopulationPath.of(vision("人口の将来目標：2040年に13万人\n実績：16万5千人(2020年)、15万人(2026年)\n"),
                AS_OF)).isEmpty();
    }
}
