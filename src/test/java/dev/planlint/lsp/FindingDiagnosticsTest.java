package dev.planlint.lsp;

import dev.planlint.catalog.Release;
import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule page a diagnostic links to: the address SARIF's helpUri uses, and no link where none is configured. */
class FindingDiagnosticsTest {

    private static final Path DRAFT = Path.of("strategies/kushiro-3rd-draft.strategy");

    private static List<Diagnostic> diagnostics(Release release) throws Exception {
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        Checker checker = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(),
                LocalDate.of(2026, 4, 1), Optional.empty());
        Report report = checker.checkText(DRAFT, text);
        return FindingDiagnostics.of(report, DRAFT.toString(), new LineIndex(text), Locale.ENGLISH, release);
    }

    @Test
    void aRuleFindingLinksToItsRulePageWhereTheBuildWasGivenTheAddress() throws Exception {
        Release published = new Release("1.0.0", Optional.empty(), Optional.of("https://example.org/rules/"));
        Diagnostic wrongSide = diagnostics(published).stream()
                .filter(d -> "target-wrong-side".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertEquals(published.rulePage("target-wrong-side").orElseThrow(), wrongSide.getCodeDescription().getHref());
        assertEquals("https://example.org/rules/target-wrong-side.md", wrongSide.getCodeDescription().getHref());
    }

    @Test
    void noLinkLeadsNowhereWhenNoAddressIsConfigured() throws Exception {
        List<Diagnostic> unlinked = diagnostics(new Release("1.0.0", Optional.empty(), Optional.empty()));
        assertTrue(unlinked.size() > 0);
        unlinked.forEach(d -> assertNull(d.getCodeDescription(), d.toString()));
    }
}
