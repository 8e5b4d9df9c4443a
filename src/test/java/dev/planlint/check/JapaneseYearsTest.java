package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import dev.planlint.model.Aggregate;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese messages give years as the strategy wrote them (R9年度), with the Western year after an era year; the
 * English ones keep Western years. The strategies are the rules' own (fictional) cases.
 */
class JapaneseYearsTest {

    private static final Path CASES = Path.of("src/test/resources/rules");

    private final Checker checker = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(),
            Configuration.defaults(), LocalDate.of(2026, 11, 29), Optional.empty());

    @Test
    void aTimeIsGivenAsWrittenWithItsWesternYear() {
        assertThat(new TimeSpec(YearKind.FISCAL_YEAR, 2027, 2027, Aggregate.POINT, "R9年度").writtenWithWesternYear())
                .isEqualTo("R9年度（2027年度）");
        assertThat(new TimeSpec(YearKind.CALENDAR_YEAR_END, 2016, 2016, Aggregate.POINT, "H28年末")
                .writtenWithWesternYear()).isEqualTo("H28年末（2016年）");
        assertThat(new TimeSpec(YearKind.FISCAL_YEAR, 2025, 2029, Aggregate.CUMULATIVE, "R7～R11年度累計")
                .writtenWithWesternYear()).isEqualTo("R7～R11年度累計（2025～2029年度）");
        assertThat(new TimeSpec(YearKind.FISCAL_YEAR, 2027, 2027, Aggregate.POINT, "2027年度").writtenWithWesternYear())
                .isEqualTo("2027年度");
    }

    @Test
    void targetUnambitiousGivesTheYearsAsWritten() {
        ReportedFinding finding = first("target-unambitious", "failing.strategy");
        assertThat(finding.message(Locale.JAPANESE))
                .contains("R9年度（2027年度）の目標 1,100人", "R7年度（2025年度）の実績 1,250人").doesNotContain("2027の");
        assertThat(finding.message(Locale.ENGLISH)).contains("for 2027", "in 2025");
    }

    @Test
    void kpiTargetPostponedGivesTheYearsAsWritten() {
        ReportedFinding finding = first("kpi-target-postponed", "failing.strategy");
        assertThat(finding.message(Locale.JAPANESE)).contains("（R6年度（2024年度）の実績 110人、達成率 42.9%）、今期はR11年度（2029年度）の目標となり");
    }

    @Test
    void baselineOlderThanPlanGivesTheBaselineAsWritten() {
        assertThat(first("baseline-older-than-plan", "failing.strategy").message(Locale.JAPANESE))
                .contains("基準値はR1年度（2019年度）のもの");
    }

    @Test
    void targetMetEarlyGivesTheYearsAsWritten() {
        ReportedFinding finding = first("target-met-early", "failing.strategy");
        assertThat(finding.message(Locale.JAPANESE))
                .contains("R9年度（2027年度）の目標 1,200人 を、R7年度（2025年度）の実績 1,210人 で");
        assertThat(finding.message(Locale.ENGLISH)).contains("for 2027", "in 2025");
    }

    private ReportedFinding first(String rule, String file) {
        Report report = checker.check(List.of(CASES.resolve(rule).resolve(file)));
        return report.findings().stream().filter(finding -> finding.ruleId().equals(rule)).findFirst().orElseThrow();
    }
}
