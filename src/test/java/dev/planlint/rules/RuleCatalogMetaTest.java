package dev.planlint.rules;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.catalog.RulePage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps rules, pages and test cases in step, as Checkstyle's meta-tests do: every rule id a rule file emits has a
 * page with its metadata and a failing and a passing case; every page's example is its failing case, verbatim.
 */
class RuleCatalogMetaTest {

    private static final Path RULE_FILES = Path.of("rules");
    private static final Path PAGES = Path.of("docs/rules");
    private static final Pattern EMITTED = Pattern.compile("Finding\\.on\\(\"([^\"]+)\"");
    /** Rules whose findings planlint itself reports, not a rule file. */
    private static final Set<String> REPORTED_BY_PLANLINT = Set.of("unused-suppression");

    private final RuleCatalog catalog = RuleCatalog.shipped();

    @Test
    void everyRuleIdEmittedByARuleFileHasAPageAndEveryPageARule() throws IOException {
        Set<String> emitted = new TreeSet<>(emittedIds(RULE_FILES));
        emitted.addAll(REPORTED_BY_PLANLINT);
        Set<String> documented = new TreeSet<>();
        catalog.rules().forEach(rule -> documented.add(rule.id()));
        assertThat(documented).isEqualTo(emitted);
    }

    @Test
    void idsAreKebabCaseAndNamedAfterTheirPage() throws IOException {
        try (Stream<Path> pages = Files.list(PAGES)) {
            List<Path> rulePages = pages.filter(page -> page.toString().endsWith(".md")
                    && !page.getFileName().toString().equals("README.md")).toList();
            List<String> ids = new ArrayList<>();
            for (Path page : rulePages) {
                RuleInfo rule = RulePage.parse(Files.readString(page, StandardCharsets.UTF_8));
                assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
                assertThat(page.getFileName().toString()).isEqualTo(rule.id() + ".md");
                ids.add(rule.id());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(catalog.rules().size());
        }
    }

    @Test
    void everyRuleHasAFailingAndAPassingCase() {
        for (RuleInfo rule : catalog.rules()) {
            Path cases = RuleCasesTest.CASES.resolve(rule.id());
            assertThat(cases.resolve("failing.strategy")).as("failing case of %s", rule.id()).isRegularFile();
            assertThat(cases.resolve("passing.strategy")).as("passing case of %s", rule.id()).isRegularFile();
        }
    }

    @Test
    void everyPageShowsItsFailingCaseAsTheExample() throws IOException {
        for (RuleInfo rule : catalog.rules()) {
            String failing = Files.readString(RuleCasesTest.CASES.resolve(rule.id()).resolve("failing.strategy"),
                    StandardCharsets.UTF_8);
            assertThat(rule.page()).as("example on the page of %s", rule.id()).contains("```\n" + failing + "```");
        }
    }

    @Test
    void everyPageExplainsTheRule() {
        for (RuleInfo rule : catalog.rules()) {
            assertThat(rule.page()).as("page of %s", rule.id())
                    .contains("## What it checks", "## Why it matters", "## How the figure is computed",
                            "## Example");
        }
    }

    private static Set<String> emittedIds(Path directory) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Matcher matcher = EMITTED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        return ids;
    }
}
