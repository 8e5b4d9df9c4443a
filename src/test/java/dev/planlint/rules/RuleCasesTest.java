package dev.planlint.rules;

import dev.planlint.CliRun;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every rule test case under src/test/resources/rules/&lt;rule-id&gt;/ through {@code planlint check} and compares
 * the findings of that rule with the case's {@code # expect:} lines.
 */
class RuleCasesTest {

    static final Path CASES = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> everyRuleCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(CASES)) {
            for (Path ruleDirectory : rules.sorted().toList()) {
                String ruleId = ruleDirectory.getFileName().toString();
                try (Stream<Path> files = Files.list(ruleDirectory)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".strategy")
                            && !path.getFileName().toString().startsWith("previous")).sorted().toList()) {
                        RuleCase ruleCase = RuleCase.read(ruleId, file);
                        tests.add(DynamicTest.dynamicTest(ruleId + "/" + file.getFileName(),
                                () -> verify(ruleCase)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void verify(RuleCase ruleCase) {
        JsonObject report = check(ruleCase);
        List<String> diagnostics = new ArrayList<>();
        report.getAsJsonArray("diagnostics").forEach(diagnostic -> diagnostics.add(
                diagnostic.getAsJsonObject().get("severity").getAsString() + " "
                        + diagnostic.getAsJsonObject().get("code").getAsString()));
        assertThat(diagnostics).as("input diagnostics in %s", ruleCase.file())
                .containsExactlyElementsOf(ruleCase.notices().stream().map(code -> "notice " + code).toList());
        List<JsonObject> findings = new ArrayList<>();
        for (JsonElement finding : report.getAsJsonArray("findings")) {
            // A finding its strategy suppresses (抑制) is not one the case expects: it does not count.
            if (finding.getAsJsonObject().get("rule").getAsString().equals(ruleCase.ruleId())
                    && !finding.getAsJsonObject().has("suppressedBecause")) {
                findings.add(finding.getAsJsonObject());
            }
        }
        assertThat(findings.stream().map(finding -> line(finding)).sorted().toList())
                .as("lines of %s findings in %s", ruleCase.ruleId(), ruleCase.file())
                .isEqualTo(ruleCase.expected().stream().map(RuleCase.Expectation::line).sorted().toList());
        // Several findings of the rule on one line (a KPI replacing several) are told apart by their figures: each
        // expectation takes a finding of its own.
        List<JsonObject> unmatched = new ArrayList<>(findings);
        for (RuleCase.Expectation expectation : ruleCase.expected()) {
            List<JsonObject> onLine = unmatched.stream().filter(candidate -> line(candidate) == expectation.line())
                    .toList();
            JsonObject finding = onLine.stream().filter(candidate -> hasFigures(candidate, expectation.figures()))
                    .findFirst().orElse(onLine.get(0));
            assertFigures(finding, expectation.figures(), ruleCase);
            assertMessagesFilled(finding);
            unmatched.remove(finding);
        }
    }

    private static JsonObject check(RuleCase ruleCase) {
        List<String> arguments = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never",
                "--as-of", ruleCase.asOf().toString()));
        arguments.addAll(ruleCase.options());
        arguments.add(ruleCase.file().toString());
        CliRun run = CliRun.run(arguments);
        assertThat(run.exit()).as("exit code for %s; stderr: %s", ruleCase.file(), run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static int line(JsonObject finding) {
        return finding.getAsJsonObject("location").get("line").getAsInt();
    }

    private static boolean hasFigures(JsonObject finding, Map<String, String> expected) {
        JsonObject figures = finding.getAsJsonObject("figures");
        return expected.entrySet().stream().allMatch(entry -> {
            JsonElement actual = figures.get(entry.getKey());
            if (actual == null || actual.isJsonNull()) {
                return false;
            }
            return actual.isJsonPrimitive() && actual.getAsJsonPrimitive().isNumber()
                    ? actual.getAsBigDecimal().compareTo(new BigDecimal(entry.getValue())) == 0
                    : actual.getAsString().equals(entry.getValue());
        });
    }

    private static void assertFigures(JsonObject finding, Map<String, String> expected, RuleCase ruleCase) {
        JsonObject figures = finding.getAsJsonObject("figures");
        expected.forEach((name, value) -> {
            assertThat(figures.has(name)).as("figure %s of %s in %s", name, ruleCase.ruleId(), ruleCase.file())
                    .isTrue();
            JsonElement actual = figures.get(name);
            if (actual.isJsonPrimitive() && actual.getAsJsonPrimitive().isNumber()) {
                assertThat(actual.getAsBigDecimal()).as("figure %s in %s", name, ruleCase.file())
                        .isEqualByComparingTo(new BigDecimal(value));
            } else {
                assertThat(actual.getAsString()).as("figure %s in %s", name, ruleCase.file()).isEqualTo(value);
            }
        });
    }

    private static void assertMessagesFilled(JsonObject finding) {
        JsonObject message = finding.getAsJsonObject("message");
        for (String language : List.of("en", "ja")) {
            assertThat(message.get(language).getAsString()).as("%s message", language)
                    .doesNotContain("{").doesNotContain("?");
        }
    }

}
