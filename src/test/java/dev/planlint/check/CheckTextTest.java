package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor's text is checked as the file on disk would be: same findings, same problems, predecessor included. */
class CheckTextTest {

    private static final Path DRAFT = Path.of("strategies/kushiro-3rd-draft.strategy");
    private final Checker checker = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(),
            Configuration.defaults(), LocalDate.of(2026, 4, 1), Optional.empty());

    @Test
    void theTextOfAFileGivesTheFindingsOfTheFile() throws Exception {
        Report fromDisk = checker.check(List.of(DRAFT));
        Report fromText = checker.checkText(DRAFT, Files.readString(DRAFT, StandardCharsets.UTF_8));
        assertFalse(fromDisk.findings().isEmpty());
        assertEquals(fromDisk.findings(), fromText.findings());
        assertEquals(fromDisk.diagnostics(), fromText.diagnostics());
        assertTrue(fromText.findings().stream().anyMatch(finding -> finding.ruleId().equals("target-revised-down")),
                "compared with the predecessor its 前期戦略 names");
    }

    @Test
    void anUnsavedTextIsCheckedNotTheFileOnDisk() throws Exception {
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8).replace("【基本目標３】", "【基本目標３");
        Report report = checker.checkText(DRAFT, text);
        assertTrue(report.hasInputErrors());
    }
}
