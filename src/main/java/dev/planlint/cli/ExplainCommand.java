package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code planlint explain RULE}: the rule's page, as in docs/rules/. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: what it checks, why it matters, how its figure is computed, an example.",
        footer = ExitCodes.HELP)
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by planlint rules.")
    private String ruleId;

    @Override
    public Integer call() {
        Optional<RuleInfo> rule = RuleCatalog.shipped().rule(ruleId);
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("planlint: unknown rule \"" + ruleId + "\"; planlint rules lists "
                    + "them.");
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().print(rule.get().page());
        return ExitCodes.CLEAN;
    }
}
