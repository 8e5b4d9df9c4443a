package dev.planlint.link;

import dev.planlint.model.DanglingLink;
import dev.planlint.model.KpiLink;
import dev.planlint.model.MatchBasis;
import dev.planlint.model.PeriodLinks;
import dev.planlint.model.Strategy;
import dev.planlint.model.StructureChange.Address;
import dev.planlint.model.StructureChange.Level;
import dev.planlint.model.StructureChange;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * StructureLinker and KpiLinker on small strategies built to sit exactly at each heuristic's edge: the three
 * passes (same name, small edit, shared run of three at the same place), their order, the tie-breaks between
 * candidates, and how KPIs are followed by name and by declaration.
 */
class LinkerBoundariesTest {

    private static Strategy strategy(String body) {
        StrategyParsing.Result result = StrategyParsing.parse("test.strategy",
                "戦略名：架空市総合戦略\n計画期間：令和7年度～令和11年度\n\n" + body);
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        return result.strategy().orElseThrow();
    }

    private static List<StructureChange> measures(String previous, String current) {
        return PeriodLinker.link(strategy(previous), strategy(current)).structure(Level.MEASURE);
    }

    private static Optional<StructureChange> matchOf(List<StructureChange> changes, String currentName) {
        return changes.stream().filter(change -> change.previous().isPresent()
                && change.current().map(Address::name).orElse("").equals(currentName)).findFirst();
    }

    private static String previousNameOf(List<StructureChange> changes, String currentName) {
        return matchOf(changes, currentName).orElseThrow().previous().orElseThrow().name();
    }

    // --- the shared run: at least three characters, at the same place ---

    @Test
    void aSharedRunOfThreeCharactersAtTheSamePlaceLinks() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうかきくけこ\n", "【基本目標１】し\n①あいうさしすせそ\n");
        StructureChange change = matchOf(changes, "あいうさしすせそ").orElseThrow();
        assertThat(change.basis()).isEqualTo(new MatchBasis(MatchBasis.Kind.SHARED_RUN, "あいう"));
    }

    @Test
    void aSharedRunOfTwoCharactersDoesNotLink() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいかきくけこ\n", "【基本目標１】し\n①あいさしすせそ\n");
        assertThat(matchOf(changes, "あいさしすせそ")).isEmpty();
        assertThat(changes).hasSize(2).allMatch(change -> change.basis().kind() == MatchBasis.Kind.NONE);
    }

    @Test
    void aSharedRunUnderAnotherNumberDoesNotLink() {
        List<StructureChange> changes = measures("【基本目標１】し\n①たちつてと\n②あいうかきくけこ\n",
                "【基本目標１】し\n①たちつてと\n③あいうさしすせそ\n");
        assertThat(matchOf(changes, "あいうさしすせそ")).isEmpty();
    }

    @Test
    void aSharedRunUnderAnotherGoalDoesNotLink() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうかきくけこ\n【基本目標２】ま\n①たちつてと\n",
                "【基本目標１】し\n①たちつてと\n【基本目標２】ま\n①あいうさしすせそ\n");
        assertThat(matchOf(changes, "あいうさしすせそ")).isEmpty();
    }

    // --- the small edit, with its limits ---

    @Test
    void oneCharacterEditedInFiveLinksAsASmallEditElsewhere() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえお\n", "【基本目標１】し\n②たちつてと\n③あいうえか\n");
        assertThat(matchOf(changes, "あいうえか").orElseThrow().basis())
                .isEqualTo(new MatchBasis(MatchBasis.Kind.SMALL_EDIT, "1"));
        assertThat(new MatchBasis(MatchBasis.Kind.SMALL_EDIT, "1")).hasToString("small edit (1 character)");
        assertThat(new MatchBasis(MatchBasis.Kind.SMALL_EDIT, "2")).hasToString("small edit (2 characters)");
    }

    @Test
    void oneCharacterEditedInFourDoesNotLinkElsewhere() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえ\n", "【基本目標１】し\n②たちつて\n③あいうか\n");
        assertThat(matchOf(changes, "あいうか")).isEmpty();
    }

    // --- the passes run in order: same name, then small edit, then shared run ---

    @Test
    void theSameNameElsewhereWinsOverASmallEditAtTheSamePlace() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえおか\n【基本目標２】ま\n①あいうえおき\n",
                "【基本目標１】し\n【基本目標２】ま\n①あいうえおか\n");
        StructureChange change = matchOf(changes, "あいうえおか").orElseThrow();
        assertThat(change.basis()).isEqualTo(MatchBasis.of(MatchBasis.Kind.SAME_NAME));
        assertThat(change.previous().orElseThrow().goal()).isEqualTo(1);
    }

    @Test
    void aSmallEditElsewhereWinsOverASharedRunAtTheSamePlace() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえおか\n【基本目標２】ま\n①あいうさしす\n",
                "【基本目標１】し\n【基本目標２】ま\n①あいうえおき\n");
        StructureChange change = matchOf(changes, "あいうえおき").orElseThrow();
        assertThat(change.basis()).isEqualTo(new MatchBasis(MatchBasis.Kind.SMALL_EDIT, "1"));
        assertThat(change.previous().orElseThrow().goal()).isEqualTo(1);
    }

    @Test
    void namesMatchAfterWidthAndSpacesAreNormalised() {
        List<StructureChange> changes = measures("【基本目標１】し\n①ＤＭＯ の 推進\n", "【基本目標１】し\n②DMOの推進\n");
        assertThat(matchOf(changes, "DMOの推進").orElseThrow().basis())
                .isEqualTo(MatchBasis.of(MatchBasis.Kind.SAME_NAME));
    }

    // --- tie-breaks between candidates of one pass: same parent, then fewer edits, then nearer number ---

    @Test
    void ofTwoCandidatesWithTheSameNameTheOneUnderTheSameParentWins() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえお\n【基本目標２】ま\n①あいうえお\n",
                "【基本目標１】し\n【基本目標２】ま\n①あいうえお\n");
        assertThat(matchOf(changes, "あいうえお").orElseThrow().previous().orElseThrow().goal()).isEqualTo(2);
    }

    @Test
    void ofTwoSmallEditsTheSmallerWins() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえおかきくけこXY\n②あいうえおかきくけこX\n",
                "【基本目標１】し\n③あいうえおかきくけこ\n");
        assertThat(previousNameOf(changes, "あいうえおかきくけこ")).isEqualTo("あいうえおかきくけこX");
    }

    @Test
    void ofTwoEqualCandidatesTheNearerNumberWins() {
        List<StructureChange> changes = measures("【基本目標１】し\n①あいうえおか\n④あいうえおき\n",
                "【基本目標１】し\n③あいうえおく\n");
        assertThat(matchOf(changes, "あいうえおく").orElseThrow().previous().orElseThrow().measure()).isEqualTo(4);
    }

    // --- goals by number, sub-measures under their measure's pair ---

    @Test
    void goalsAreFollowedByNumberWhateverTheirName() {
        List<StructureChange> goals = PeriodLinker.link(strategy("【基本目標１】しごと\n【基本目標３】ひと\n"),
                strategy("【基本目標１】まち\n【基本目標２】くらし\n")).structure(Level.GOAL);
        assertThat(goals).extracting(change -> change.previous().map(Address::name).orElse("-") + ">"
                + change.current().map(Address::name).orElse("-"))
                .containsExactly("しごと>まち", "->くらし", "ひと>-");
    }

    @Test
    void subMeasuresShareARunOnlyUnderAPairedMeasure() {
        String previous = "【基本目標１】し\n①たちつてと\n  アあいうかきく\n";
        List<StructureChange> paired = PeriodLinker.link(strategy(previous),
                strategy("【基本目標１】し\n①たちつてと\n  アあいうさしす\n")).structure(Level.SUB_MEASURE);
        assertThat(matchOf(paired, "あいうさしす").orElseThrow().basis().kind()).isEqualTo(MatchBasis.Kind.SHARED_RUN);
        List<StructureChange> unpaired = PeriodLinker.link(strategy(previous),
                strategy("【基本目標１】し\n①なにぬねの\n  アあいうさしす\n")).structure(Level.SUB_MEASURE);
        assertThat(matchOf(unpaired, "あいうさしす")).isEmpty();
    }

    @Test
    void relistedSubMeasuresAreNotFollowed() {
        List<StructureChange> changes = PeriodLinker.link(
                strategy("【基本目標１】し\n①たちつてと\n  アあいうえお\n"),
                strategy("【基本目標１】し\n①たちつてと\n  アかきくけこ\n  イあいうえお（再掲）\n"))
                .structure(Level.SUB_MEASURE);
        assertThat(changes).noneMatch(change -> change.current().map(Address::name).orElse("").contains("あいうえお"));
    }

    // --- KPIs: same normalised name, declared links, each previous KPI taken once ---

    private static final String KPI_GOAL = "【基本目標１】しごとをつくる\n数値目標：\n";

    private static String kpi(String name, String... extra) {
        StringBuilder text = new StringBuilder("・" + name + "：現状値78人(R5年度) → 90人(R11年度)\n    改善方向：増加\n");
        for (String line : extra) {
            text.append("    ").append(line).append('\n');
        }
        return text.toString();
    }

    private static List<KpiLink> kpiLinks(String previous, String current, List<DanglingLink> dangling) {
        PeriodLinks links = PeriodLinker.link(strategy(previous), strategy(current));
        dangling.addAll(links.dangling());
        return links.kpis();
    }

    private static String describe(KpiLink link) {
        return link.kind() + " " + link.basis() + " " + link.previous().map(k -> k.name() + "@" + link.previousGoal())
                .orElse("-") + " > " + link.current().map(k -> k.name()).orElse("-");
    }

    @Test
    void aKpiOfTheSameNormalisedNameContinuesByName() {
        List<KpiLink> links = kpiLinks(KPI_GOAL + kpi("創業者 数"), KPI_GOAL + kpi("創業者数"), new java.util.ArrayList<>());
        assertThat(links).extracting(LinkerBoundariesTest::describe)
                .containsExactly("CONTINUED SAME_NAME 創業者 数@1 > 創業者数");
    }

    @Test
    void aDeclaredReplacementFollowsTheNamedPreviousKpi() {
        List<KpiLink> links = kpiLinks(KPI_GOAL + kpi("観光入込客数"),
                KPI_GOAL + kpi("延べ宿泊客数", "前期指標：置換：観光入込客数"), new java.util.ArrayList<>());
        assertThat(links).extracting(LinkerBoundariesTest::describe)
                .containsExactly("REPLACED DECLARED 観光入込客数@1 > 延べ宿泊客数");
    }

    @Test
    void aPreviousKpiIsTakenOnceAndASecondClaimIsAddedAndDangling() {
        List<DanglingLink> dangling = new java.util.ArrayList<>();
        List<KpiLink> links = kpiLinks(KPI_GOAL + kpi("観光入込客数"),
                KPI_GOAL + kpi("観光入込客数") + kpi("延べ宿泊客数", "前期指標：置換：観光入込客数"), dangling);
        assertThat(links).extracting(LinkerBoundariesTest::describe).containsExactly(
                "CONTINUED SAME_NAME 観光入込客数@1 > 観光入込客数", "ADDED NONE - > 延べ宿泊客数");
        assertThat(dangling).extracting(DanglingLink::previousName).containsExactly("観光入込客数");
    }

    @Test
    void ofTwoPreviousKpisWithOneNameTheFirstIsFollowed() {
        List<KpiLink> links = kpiLinks(KPI_GOAL + kpi("創業者数") + "【基本目標２】ひと\n数値目標：\n" + kpi("創業者数"),
                KPI_GOAL + kpi("創業者数"), new java.util.ArrayList<>());
        assertThat(links).extracting(LinkerBoundariesTest::describe)
                .containsExactly("CONTINUED SAME_NAME 創業者数@1 > 創業者数");
    }

    @Test
    void droppedKpisAreDeclaredAndUnknownOnesDangle() {
        List<DanglingLink> dangling = new java.util.ArrayList<>();
        List<KpiLink> links = kpiLinks(KPI_GOAL + kpi("観光入込客数") + kpi("創業者数"),
                "【基本目標１】しごとをつくる\n廃止指標：観光入込客数：統合したため\n廃止指標：存在しない指標：誤記\n", dangling);
        assertThat(links).extracting(LinkerBoundariesTest::describe).containsExactly(
                "DROPPED DECLARED 観光入込客数@1 > -", "UNACCOUNTED NONE 創業者数@1 > -");
        assertThat(links.get(0).dropReason()).contains("統合したため");
        assertThat(dangling).extracting(DanglingLink::previousName).containsExactly("存在しない指標");
    }

    // --- goals matched by what they hold: a reorganisation of four goals into three ---

    private static final String FOUR_GOALS = "【基本目標１】しごと\n数値目標：\n・創業者数：現状値1人(R2年度) → 2人(R6年度)\n"
            + "【基本目標２】観光\n数値目標：\n・観光客数：現状値1人(R2年度) → 2人(R6年度)\n①観光地域づくり\n"
            + "【基本目標３】交流\n数値目標：\n・関係人口：現状値1人(R2年度) → 2人(R6年度)\n①交流の拡大\n"
            + "【基本目標４】子育て\n数値目標：\n・出生数：現状値1人(R2年度) → 2人(R6年度)\n";
    private static final String THREE_GOALS = "【基本目標１】しごと\n数値目標：\n・創業者数：現状値1人(R5年度) → 2人(R11年度)\n"
            + "【基本目標２】観光と交流\n数値目標：\n・観光客数：現状値1人(R5年度) → 2人(R11年度)\n"
            + "・関係人口：現状値1人(R5年度) → 2人(R11年度)\n①観光地域づくり\n②交流の拡大\n"
            + "【基本目標３】子育て\n数値目標：\n・出生数：現状値1人(R5年度) → 2人(R11年度)\n";

    @Test
    void fourGoalsIntoThreeWithTwoMergedGiveOneMergeAndNoRenameOrRemoval() {
        List<StructureChange> goals = PeriodLinker.link(strategy(FOUR_GOALS), strategy(THREE_GOALS))
                .structure(Level.GOAL);
        assertThat(goals).hasSize(3).noneMatch(StructureChange::isRemoved).noneMatch(StructureChange::isAdded)
                .noneMatch(StructureChange::isRenamed);
        StructureChange merged = goals.get(1);
        assertThat(merged.isMerged()).isTrue();
        assertThat(merged.previousItems()).extracting(Address::goal).containsExactly(2, 3);
        assertThat(merged.basis()).isEqualTo(MatchBasis.sharing(2, 2, 0));
        assertThat(merged.basis()).hasToString("2 shared KPIs, 2 shared measures");
        StructureChange childcare = goals.get(2);
        assertThat(childcare.previous().orElseThrow().goal()).isEqualTo(4);
        assertThat(childcare.isRenumbered()).isTrue();
        assertThat(childcare.basis()).isEqualTo(MatchBasis.sharing(1, 0, 0));
    }

    @Test
    void goalsSharingNothingAndNamedApartAreStillMatchedByNumber() {
        List<StructureChange> goals = PeriodLinker.link(strategy("【基本目標１】あいうえお\n"),
                strategy("【基本目標１】かきくけこ\n")).structure(Level.GOAL);
        assertThat(goals).singleElement().satisfies(change -> {
            assertThat(change.basis()).isEqualTo(MatchBasis.of(MatchBasis.Kind.NUMBER));
            assertThat(change.isRenamed()).isTrue();
        });
    }

    @Test
    void sharingContentWinsOverTheNumber() {
        List<StructureChange> goals = PeriodLinker.link(
                strategy("【基本目標１】しごと\n①企業誘致\n【基本目標２】子育て\n①保育の充実\n"),
                strategy("【基本目標１】子育て支援\n①保育の充実\n【基本目標２】しごとづくり\n①企業誘致\n"))
                .structure(Level.GOAL);
        assertThat(goals).extracting(change -> change.previous().orElseThrow().goal()).containsExactly(2, 1);
        assertThat(goals).allMatch(StructureChange::isRenumbered);
    }
}
