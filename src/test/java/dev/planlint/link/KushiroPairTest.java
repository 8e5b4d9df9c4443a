package dev.planlint.link;

import dev.planlint.model.PeriodLinks;

import dev.planlint.model.StructureChange;

import dev.planlint.model.KpiLink;

import dev.planlint.model.StructureChange.Address;
import dev.planlint.model.StructureChange.Level;
import dev.planlint.load.LoadResult;
import dev.planlint.load.StrategyLoader;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Measure;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kushiro's second strategy linked to the draft of its third: the structural diff accounts for every measure and
 * sub-measure of both periods exactly once, and finds the changes the city's diagram shows.
 */
class KushiroPairTest {

    private static Strategy second;
    private static Strategy third;
    private static PeriodLinks links;

    @BeforeAll
    static void link() {
        second = load("strategies/kushiro-2nd.strategy");
        third = load("strategies/kushiro-3rd-draft.strategy");
        links = PeriodLinker.link(second, third);
    }

    private static Strategy load(String file) {
        LoadResult loaded = StrategyLoader.load(Path.of(file));
        assertThat(loaded.diagnostics()).as("diagnostics of %s", file).noneMatch(d -> d.isError());
        return loaded.strategy().orElseThrow().strategy();
    }

    @Test
    void everyMeasureOfBothPeriodsIsAccountedForExactlyOnce() {
        assertAccountedOnce(Level.MEASURE, second, third, KushiroPairTest::measurePositions);
    }

    @Test
    void everySubMeasureThatIsNotARelistingIsAccountedForExactlyOnce() {
        assertAccountedOnce(Level.SUB_MEASURE, second, third, KushiroPairTest::subMeasurePositions);
        assertThat(links.structure(Level.SUB_MEASURE)).as("re-listings are not followed")
                .noneMatch(change -> change.current().map(Address::name).orElse("").equals("医療体制の整備")
                        && change.current().get().goal() == 4);
    }

    @Test
    void everyGoalOfBothPeriodsIsAccountedForExactlyOnce() {
        assertAccountedOnce(Level.GOAL, second, third,
                strategy -> strategy.goals().stream().map(BasicGoal::position).toList());
    }

    @Test
    void goalsOneAndTwoAreRenamedAndThreeAndFourAreUnchanged() {
        assertThat(goal(1).isRenamed()).isTrue();
        assertThat(goal(1).previous().orElseThrow().name())
                .isEqualTo("地域の魅力を生かして、経済・産業・交流人口・関係人口の拡大を目指す");
        assertThat(goal(2).isRenamed()).isTrue();
        assertThat(goal(2).current().orElseThrow().name()).isEqualTo("地域を支える人材育成・人材確保を図る");
        assertThat(goal(3).isUnchanged()).isTrue();
        assertThat(goal(4).isUnchanged()).isTrue();
    }

    @Test
    void measuresMovedRenumberedRemovedRenamedAndAdded() {
        StructureChange attraction = change(Level.MEASURE, "地域特性を生かした企業誘致");
        assertThat(attraction.isMoved()).isTrue();
        assertPlaces(attraction, "基本目標2②", "基本目標1③");

        StructureChange tourism = change(Level.MEASURE, "釧路の自然文化を活かした世界一級の観光地域づくり");
        assertThat(tourism.isRenumbered()).isTrue();
        assertThat(tourism.isMoved()).isFalse();
        assertPlaces(tourism, "基本目標1③", "基本目標1⑥");

        StructureChange visitors = change(Level.MEASURE, "釧路の強みを生かした交流人口・関係人口の拡大");
        assertThat(visitors.isRenumbered()).isTrue();
        assertPlaces(visitors, "基本目標1⑥", "基本目標1⑦");

        StructureChange employment = previousChange(Level.MEASURE, "就労自立支援対策");
        assertThat(employment.isRemoved()).isTrue();
        assertPlaces(employment, "基本目標2⑤", "");

        StructureChange childbirth = change(Level.MEASURE, "安心して子どもを産み育てられる環境づくり");
        assertThat(childbirth.isRenamed()).isTrue();
        assertThat(childbirth.isMoved() || childbirth.isRenumbered()).isFalse();
        assertThat(childbirth.previous().orElseThrow().name()).isEqualTo("安心して子どもを生み育てられる環境づくり");
        // Matched by the five sub-measures it kept, before its one-character edit is looked at.
        assertThat(childbirth.basis().toString()).isEqualTo("5 shared sub-measures");

        StructureChange administration = change(Level.MEASURE, "効率的な行財政運営の推進");
        assertThat(administration.isAdded()).isTrue();
        assertPlaces(administration, "", "基本目標4③");
    }

    @Test
    void subMeasuresMovedRenamedRemovedAndAdded() {
        StructureChange singleParents = change(Level.SUB_MEASURE, "ひとり親家庭の自立支援対策の充実");
        assertThat(singleParents.isMoved()).isTrue();
        assertPlaces(singleParents, "基本目標2⑤ウ", "基本目標2①オ");

        StructureChange dmo = change(Level.SUB_MEASURE, "ＤＭＯの強化");
        assertThat(dmo.isRenamed()).isTrue();
        assertThat(dmo.isMoved() || dmo.isRenumbered()).as("DMO stays ア of the tourism measure").isFalse();
        assertThat(dmo.previous().orElseThrow().name()).isEqualTo("「日本版ＤＭＯ」の推進");
        assertPlaces(dmo, "基本目標1③ア", "基本目標1⑥ア");

        StructureChange assets = change(Level.SUB_MEASURE, "公有資産マネジメントの推進");
        assertThat(assets.isMoved()).isTrue();
        assertPlaces(assets, "基本目標4①エ", "基本目標4③ア");

        for (String removed : List.of("障がい者への就労支援の充実", "生活困窮者等への就労支援の充実")) {
            assertThat(previousChange(Level.SUB_MEASURE, removed).isRemoved()).as(removed).isTrue();
        }
        assertPlaces(change(Level.SUB_MEASURE, "地域の経済を支える外国人材の活躍促進"), "", "基本目標2①エ");
        assertPlaces(change(Level.SUB_MEASURE, "保育人材の確保"), "", "基本目標2③ウ");
        assertPlaces(change(Level.SUB_MEASURE, "デジタル技術を活用した行政手続きの推進"), "", "基本目標4③イ");

        List<String> added = links.structure(Level.SUB_MEASURE).stream().filter(StructureChange::isAdded)
                .map(change -> change.current().orElseThrow().name()).toList();
        assertThat(added).containsExactlyInAnyOrder("地域の経済を支える外国人材の活躍促進", "保育人材の確保",
                "デジタル技術を活用した行政手続きの推進");
    }

    @Test
    void subMeasuresUnderMovedOrRenumberedMeasuresStayPut() {
        StructureChange logistics = change(Level.SUB_MEASURE, "物流機能、ものづくり技術などを生かした企業誘致");
        assertThat(logistics.isUnchanged()).as("moves with its measure").isTrue();
        StructureChange mice = change(Level.SUB_MEASURE, "国際会議観光都市「釧路」を生かしたＭＩＣＥ誘致の推進");
        assertThat(mice.isUnchanged()).as("renumbered with its measure").isTrue();
    }

    @Test
    void kpiLinks() {
        assertThat(kpi("従業員数").kind()).isEqualTo(KpiLink.Kind.UNACCOUNTED);
        assertThat(kpi("従業員数").previousGoal()).isEqualTo(2);
        assertThat(kpi("自立支援プログラムによる自立者数").kind()).isEqualTo(KpiLink.Kind.UNACCOUNTED);

        KpiLink density = kpi("住民基本台帳に基づく居住誘導区域の人口密度");
        assertThat(density.kind()).isEqualTo(KpiLink.Kind.REPLACED);
        assertThat(density.basis()).isEqualTo(KpiLink.Basis.DECLARED);
        assertThat(density.current().orElseThrow().name()).isEqualTo("市域内人口に対する居住誘導区域の人口の占める割合");

        KpiLink longStay = kpi("長期滞在者数");
        assertThat(longStay.kind()).isEqualTo(KpiLink.Kind.CONTINUED);
        assertThat(longStay.previousGoal()).isEqualTo(1);
        assertThat(longStay.currentGoal()).isEqualTo(2);

        List<String> unaccounted = links.kpis().stream().filter(link -> link.kind() == KpiLink.Kind.UNACCOUNTED)
                .map(link -> link.previous().orElseThrow().name()).toList();
        assertThat(unaccounted).containsExactlyInAnyOrder("従業員数", "自立支援プログラムによる自立者数");
        assertThat(links.kpis()).noneMatch(link -> link.kind() == KpiLink.Kind.ADDED
                || link.kind() == KpiLink.Kind.DROPPED);
        assertThat(links.kpis()).filteredOn(link -> link.kind() == KpiLink.Kind.CONTINUED).hasSize(8);
        assertThat(links.dangling()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static void assertAccountedOnce(Level level, Strategy previous, Strategy current,
                                            Function<Strategy, List<SourcePosition>> positions) {
        List<StructureChange> changes = links.structure(level);
        for (SourcePosition position : positions.apply(previous)) {
            assertThat(changes.stream().filter(change -> change.previous().map(Address::position)
                    .equals(Optional.of(position))).count()).as("%s %s of the 2nd period", level, position)
                    .isEqualTo(1);
        }
        for (SourcePosition position : positions.apply(current)) {
            assertThat(changes.stream().filter(change -> change.current().map(Address::position)
                    .equals(Optional.of(position))).count()).as("%s %s of the 3rd period", level, position)
                    .isEqualTo(1);
        }
        assertThat(changes.stream().filter(change -> change.previous().isPresent()).count())
                .as("%s changes with a 2nd-period side", level).isEqualTo(positions.apply(previous).size());
        assertThat(changes.stream().filter(change -> change.current().isPresent()).count())
                .as("%s changes with a 3rd-period side", level).isEqualTo(positions.apply(current).size());
    }

    private static List<SourcePosition> measurePositions(Strategy strategy) {
        return strategy.measures().map(Measure::position).toList();
    }

    private static List<SourcePosition> subMeasurePositions(Strategy strategy) {
        List<SourcePosition> positions = new ArrayList<>();
        strategy.subMeasures().filter(sub -> sub.relisting().isEmpty()).map(SubMeasure::position)
                .forEach(positions::add);
        return positions;
    }

    private static StructureChange goal(int number) {
        return links.structure(Level.GOAL).stream()
                .filter(change -> change.current().map(Address::goal).orElse(0) == number)
                .findFirst().orElseThrow();
    }

    /** The change whose current side has this name. */
    private static StructureChange change(Level level, String currentName) {
        List<StructureChange> found = links.structure(level).stream()
                .filter(change -> change.current().map(Address::name).orElse("").equals(currentName)).toList();
        assertThat(found).as("%s %s", level, currentName).hasSize(1);
        return found.get(0);
    }

    /** The change whose previous side has this name. */
    private static StructureChange previousChange(Level level, String previousName) {
        List<StructureChange> found = links.structure(level).stream()
                .filter(change -> change.previous().map(Address::name).orElse("").equals(previousName)).toList();
        assertThat(found).as("%s %s", level, previousName).hasSize(1);
        return found.get(0);
    }

    private static void assertPlaces(StructureChange change, String previousPlace, String currentPlace) {
        assertThat(change.previous().map(KushiroPairTest::place).orElse("")).isEqualTo(previousPlace);
        assertThat(change.current().map(KushiroPairTest::place).orElse("")).isEqualTo(currentPlace);
    }

    private static String place(Address address) {
        String place = "基本目標" + address.goal();
        if (address.measure() > 0) {
            place += "①②③④⑤⑥⑦⑧⑨⑩".charAt(address.measure() - 1);
        }
        if (address.subMeasure() > 0) {
            place += "アイウエオカキクケコ".charAt(address.subMeasure() - 1);
        }
        return place;
    }

    private static KpiLink kpi(String previousName) {
        return links.kpis().stream()
                .filter(link -> link.previous().map(kpi -> kpi.name().equals(previousName)).orElse(false))
                .findFirst().orElseThrow();
    }
}
