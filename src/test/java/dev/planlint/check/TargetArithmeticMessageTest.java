package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding that uses the level a relative target implies gives the arithmetic, in both languages. */
class TargetArithmeticMessageTest {

    private final Checker checker = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(),
            Configuration.defaults(), LocalDate.of(2026, 6, 1), Optional.empty());

    @Test
    void theWrongSideOfTheBaselineShowsHowTheTargetWasWorkedOut() {
        // 架空の例 (fictional): a count to raise, with a target of 4.0% less
        String text = "計画期間：令和6年度～令和9年度\n【基本目標1】テスト\n数値目標：\n"
                + "・転入者数：現状値 1,000人(R5年度) → 4.0%減少(R9年度)\n    改善方向：増加\n";
        Report report = checker.checkText(Path.of("t.strategy"), text);
        ReportedFinding finding = report.findings().stream()
                .filter(candidate -> candidate.ruleId().equals("target-wrong-side")).findFirst().orElseThrow();
        assertThat(finding.figures().get("target")).hasToString("960");
        assertThat(finding.message(java.util.Locale.ENGLISH))
                .contains("960").endsWith("(the target as written: 4.0%減少 = 1,000人 × (1 − 4%) = 960人)");
        assertThat(finding.message(java.util.Locale.JAPANESE))
                .endsWith("（目標値の記載：4.0%減少 = 1,000人 × (1 − 4%) = 960人）");
    }

    @Test
    void findingsThatDoNotUseTheTargetSayNothingOfIt() {
        String text = "計画期間：令和6年度～令和9年度\n【基本目標1】テスト\n数値目標：\n"
                + "・転入者数：現状値 1,000人(R5年度) → 10%増(R9年度)\n";
        Report report = checker.checkText(Path.of("t.strategy"), text);
        assertThat(report.findings()).filteredOn(finding -> finding.ruleId().equals("actual-missing"))
                .singleElement().satisfies(finding -> assertThat(finding.message(java.util.Locale.ENGLISH))
                        .doesNotContain("as written"));
    }
}
