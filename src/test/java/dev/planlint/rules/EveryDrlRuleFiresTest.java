package dev.planlint.rules;

import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import dev.planlint.facts.PeriodFacts;
import dev.planlint.facts.Settings;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.link.PeriodLinker;
import dev.planlint.load.LoadResult;
import dev.planlint.load.LoadedStrategy;
import dev.planlint.load.StrategyLoader;
import dev.planlint.path.Scheme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of every shipped DRL file fires in at least one rule case: a rule no case reaches is a rule nobody has
 * seen work. Rule ids are covered by {@link RuleCatalogMetaTest}; this test goes down to the rules themselves, since
 * one id is often found by several rules (one per scheme grade, or a level and a cumulative variant).
 */
class EveryDrlRuleFiresTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");

    @Test
    void everyShippedRuleFiresInSomeRuleCase() throws IOException {
        Set<String> fired = new TreeSet<>();
        RuleEngine engine = RuleEngine.shipped();
        for (RuleCase ruleCase : ruleCases()) {
            fired.addAll(engine.evaluate(facts(ruleCase)).firedRules());
        }
        assertThat(declaredRules()).allSatisfy(rule -> assertThat(fired).as("rules fired in the rule cases")
                .contains(rule));
    }

    private static Set<String> declaredRules() throws IOException {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as("package of %s", file).isTrue();
                Matcher rule = RULE.matcher(text);
                while (rule.find()) {
                    rules.add(pkg.group(1) + "." + rule.group(1));
                }
            }
        }
        assertThat(rules).as("rules declared in rules/*.drl").hasSizeGreaterThan(30);
        return rules;
    }

    private static List<RuleCase> ruleCases() throws IOException {
        List<RuleCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RuleCasesTest.CASES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".strategy")
                    && !path.getFileName().toString().startsWith("previous")).sorted().toList()) {
                cases.add(RuleCase.read(file.getParent().getFileName().toString(), file));
            }
        }
        return cases;
    }

    /** The facts {@code planlint check} gives the rules for a case, as the checker builds them. */
    private static List<Object> facts(RuleCase ruleCase) {
        LoadResult loaded = StrategyLoader.load(ruleCase.file(), Optional.empty());
        LoadedStrategy strategy = loaded.strategy().orElseThrow(() -> new AssertionError(ruleCase.file() + " loads"));
        Optional<Scheme> scheme = option(ruleCase, "--scheme").flatMap(Scheme::parse)
                .or(() -> strategy.strategy().evaluationScheme().flatMap(written -> Scheme.parse(written.value())));
        Settings settings = Configuration.defaults().settings(scheme, ruleCase.asOf());
        List<Object> facts = new ArrayList<>(StrategyFacts.of(strategy.strategy(), settings));
        strategy.predecessor().ifPresent(previous -> facts.addAll(PeriodFacts.of(previous.strategy(),
                strategy.strategy(), PeriodLinker.link(previous.strategy(), strategy.strategy()), ruleCase.asOf())));
        return facts;
    }

    private static Optional<String> option(RuleCase ruleCase, String name) {
        int at = ruleCase.options().indexOf(name);
        return at < 0 ? Optional.empty() : Optional.of(ruleCase.options().get(at + 1));
    }
}
