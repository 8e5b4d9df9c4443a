package dev.planlint.bench;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import dev.planlint.facts.Finding;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.model.Subject;
import dev.planlint.load.LoadResult;
import dev.planlint.load.StrategyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark puts planlint's rule evaluation against {@link ReferenceChecks}; that is only fair while both find
 * the same. On 20 generated strategies, the findings of the target-design and progress rules from planlint's
 * {@link Checker} and from the reference agree exactly: rule, file, line, subject and figures.
 */
class ReferenceAgreementTest {

    private static final LocalDate AS_OF = LocalDate.parse(StrategyGenerator.AS_OF);

    @Test
    void theReferenceFindsWhatTheRulesFind(@TempDir Path directory) throws IOException {
        List<Path> files = StrategyGenerator.write(directory, 20);

        Report report = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(), AS_OF,
                Optional.empty()).check(files);
        assertThat(report.diagnostics()).isEmpty();
        List<String> fromRules = report.findings().stream()
                .filter(finding -> ReferenceChecks.RULE_IDS.contains(finding.ruleId()))
                .map(finding -> key(finding.ruleId(), finding.subject(), finding.figures()))
                .sorted().toList();

        List<String> fromReference = new ArrayList<>();
        for (Path file : files) {
            LoadResult loaded = StrategyLoader.load(file);
            List<Object> facts = StrategyFacts.of(loaded.strategy().orElseThrow().strategy(),
                    Configuration.defaults().settings(Optional.empty(), AS_OF));
            ReferenceChecks.evaluate(facts).findings().stream().distinct()
                    .map(finding -> key(finding.getRuleId(), finding.getSubject(), finding.getFigures()))
                    .forEach(fromReference::add);
        }

        assertThat(fromReference.stream().sorted().toList()).containsExactlyElementsOf(fromRules);
    }

    @Test
    void theGeneratedStrategiesExerciseTheRules(@TempDir Path directory) throws IOException {
        List<Path> files = StrategyGenerator.write(directory, 20);
        List<String> fired = new ArrayList<>();
        for (Path file : files) {
            LoadResult loaded = StrategyLoader.load(file);
            List<Object> facts = StrategyFacts.of(loaded.strategy().orElseThrow().strategy(),
                    Configuration.defaults().settings(Optional.empty(), AS_OF));
            ReferenceChecks.evaluate(facts).findings().forEach(finding -> fired.add(finding.getRuleId()));
        }
        assertThat(fired).contains("target-wrong-side", "target-equals-baseline", "cumulative-target-decline",
                "weak-target", "stale-baseline", "target-outside-period", "target-before-period-end",
                "direction-undeclared", "progress-behind", "moving-away", "cumulative-behind-pace", "bound-violated",
                "actual-missing", "target-met-early", "progress-not-judgeable");
    }

    @Test
    void theSameCountGivesTheSameText() {
        assertThat(StrategyGenerator.strategy(7)).isEqualTo(StrategyGenerator.strategy(7));
    }

    private static String key(String ruleId, Subject subject, Map<String, Object> figures) {
        return ruleId + " " + subject.file() + ":" + subject.line() + " " + subject.kind() + " " + subject.name()
                + " " + figures;
    }
}
