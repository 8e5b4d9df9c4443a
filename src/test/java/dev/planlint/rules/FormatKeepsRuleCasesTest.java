package dev.planlint.rules;

import dev.planlint.fmt.FormatEquivalence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule case's input, formatted: formatting twice changes nothing more, and the formatted file gives the same
 * model and the same findings (positions aside), so fmt can never hide or invent a finding.
 */
class FormatKeepsRuleCasesTest {

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicTest> everyRuleCaseInputKeepsItsModelAndFindings() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(RuleCasesTest.CASES)) {
            for (Path ruleDirectory : rules.sorted().toList()) {
                String ruleId = ruleDirectory.getFileName().toString();
                try (Stream<Path> files = Files.list(ruleDirectory)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".strategy")).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(ruleId + "/" + file.getFileName(),
                                () -> verify(ruleId, ruleDirectory, file)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void verify(String ruleId, Path ruleDirectory, Path file) throws IOException {
        Path copy = scratch.resolve(ruleId);
        if (!Files.exists(copy)) {
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(ruleDirectory)) {
                for (Path each : files.toList()) {
                    Files.copy(each, copy.resolve(each.getFileName()));
                }
            }
        }
        Path scratchFile = copy.resolve(file.getFileName());
        String text = Files.readString(scratchFile, StandardCharsets.UTF_8);
        Optional<String> formatted = FormatEquivalence.formattedTwice(scratchFile.toString(), text);
        assertThat(formatted).as("a rule case parses: %s", file).isPresent();
        List<String> options = new ArrayList<>();
        if (!file.getFileName().toString().startsWith("previous")) {
            RuleCase ruleCase = RuleCase.read(ruleId, file);
            options.addAll(List.of("--as-of", ruleCase.asOf().toString()));
            options.addAll(ruleCase.options());
        } else {
            options.addAll(List.of("--as-of", RuleCase.DEFAULT_AS_OF.toString()));
        }
        FormatEquivalence.assertSameModelAndFindings(scratchFile, formatted.get(), options);
    }
}
