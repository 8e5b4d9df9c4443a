package dev.planlint.link;

import dev.planlint.model.DanglingLink;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLink;
import dev.planlint.model.LinkKind;
import dev.planlint.model.PeriodLinks;
import dev.planlint.model.Strategy;
import dev.planlint.parser.StrategyParsing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One KPI that replaces several (置換：転入者数、転出者数), and several that replace one: every link is kept. */
class ReplacementsTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/dev/planlint/parser");

    private static Strategy parse(String file) throws IOException {
        StrategyParsing.Result result = StrategyParsing.parse(file, Files.readString(DIRECTORY.resolve(file)));
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        return result.strategy().orElseThrow();
    }

    private static Strategy strategy(String kpis) {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy",
                "計画期間：令和7年度～令和11年度\n【基本目標１】テスト\n数値目標：\n" + kpis);
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        return result.strategy().orElseThrow();
    }

    @Test
    void theModelKeepsEveryNameOfAReplacement() throws IOException {
        Kpi kpi = parse("replacements.strategy").kpis().findFirst().orElseThrow();
        assertThat(kpi.link().orElseThrow().kind()).isEqualTo(LinkKind.REPLACES);
        assertThat(kpi.link().orElseThrow().previousNames()).containsExactly("転入者数", "転出者数");
    }

    @Test
    void namesAreSeparatedByCommasOutsideParenthesesOnly() {
        Kpi kpi = strategy("・観光消費額：現状値310億円(R5年) → 350億円(R11年)\n"
                + "    前期指標：置換：観光入込客数（日帰り、宿泊）， 宿泊者数,イベント来場者数\n")
                .kpis().findFirst().orElseThrow();
        assertThat(kpi.link().orElseThrow().previousNames())
                .containsExactly("観光入込客数（日帰り、宿泊）", "宿泊者数", "イベント来場者数");
    }

    @Test
    void anEmptyNameInTheListIsASyntaxError() {
        StrategyParsing.Result result = StrategyParsing.parse("t.strategy",
                "計画期間：令和7年度～令和11年度\n【基本目標１】テスト\n数値目標：\n"
                        + "・観光消費額：現状値310億円(R5年) → 350億円(R11年)\n    前期指標：置換：転入者数、、転出者数\n");
        assertThat(result.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("syntax.link");
            assertThat(error.position()).hasToString("t.strategy:5:13");
        });
    }

    @Test
    void oneKpiReplacingTwoAndTwoReplacingOneAccountForEveryPreviousKpi() throws IOException {
        PeriodLinks links = PeriodLinker.link(parse("replacements-previous.strategy"), parse("replacements.strategy"));
        assertThat(links.dangling()).isEmpty();
        assertThat(links.kpis())
                .extracting(KpiLink::kind, link -> link.previous().map(Kpi::name).orElse(""),
                        link -> link.current().map(Kpi::name).orElse(""))
                .containsExactly(
                        tuple(KpiLink.Kind.REPLACED, "転入者数", "社会増減数"),
                        tuple(KpiLink.Kind.REPLACED, "転出者数", "社会増減数"),
                        tuple(KpiLink.Kind.REPLACED, "観光入込客数", "日帰り観光客数"),
                        tuple(KpiLink.Kind.REPLACED, "観光入込客数", "宿泊観光客数"));
    }

    @Test
    void aNameThePreviousStrategyLacksIsDanglingAndTheOthersStillLink() throws IOException {
        Strategy current = strategy("・社会増減数：現状値-500人(R6年) → 0人(R11年)\n"
                + "    前期指標：置換：転入者数、転居者数\n");
        PeriodLinks links = PeriodLinker.link(parse("replacements-previous.strategy"), current);
        assertThat(links.dangling()).extracting(DanglingLink::previousName).containsExactly("転居者数");
        assertThat(links.kpis()).filteredOn(link -> link.kind() == KpiLink.Kind.REPLACED)
                .extracting(link -> link.previous().orElseThrow().name()).containsExactly("転入者数");
        assertThat(links.kpis()).filteredOn(link -> link.kind() == KpiLink.Kind.UNACCOUNTED)
                .extracting(link -> link.previous().orElseThrow().name()).containsExactly("転出者数", "観光入込客数");
    }

    @Test
    void aContinuedKpiIsNotAlsoReplacedNorAReplacedOneContinued() throws IOException {
        Strategy current = strategy("・観光入込客数：現状値125万人(R6年) → 135万人(R11年)\n"
                + "・宿泊観光客数：現状値35万人(R6年) → 40万人(R11年)\n    前期指標：置換：観光入込客数\n"
                + "・転出者数：現状値5,800人(R6年) → 5,500人(R11年)\n    前期指標：置換：転出者数\n"
                + "・転出者数（再計）：現状値5,800人(R6年) → 5,500人(R11年)\n    前期指標：継続 転出者数\n");
        PeriodLinks links = PeriodLinker.link(parse("replacements-previous.strategy"), current);
        assertThat(links.kpis()).filteredOn(link -> link.current().isPresent())
                .extracting(KpiLink::kind, link -> link.current().orElseThrow().name())
                .containsExactly(tuple(KpiLink.Kind.CONTINUED, "観光入込客数"), tuple(KpiLink.Kind.ADDED, "宿泊観光客数"),
                        tuple(KpiLink.Kind.REPLACED, "転出者数"), tuple(KpiLink.Kind.ADDED, "転出者数（再計）"));
        assertThat(links.dangling()).extracting(DanglingLink::previousName).containsExactly("観光入込客数", "転出者数");
    }
}
