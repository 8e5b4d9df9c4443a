package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code planlint rules}: the catalog, by concern. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, default severity and title, grouped by concern.",
        footer = ExitCodes.HELP)
final class RulesCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        for (Map.Entry<String, List<RuleInfo>> concern : RuleCatalog.shipped().byConcern().entrySet()) {
            out.println(concern.getKey());
            concern.getValue().forEach(rule -> out.printf("  %-32s %-8s %s%n", rule.id(), rule.severity().label(),
                    rule.title(locale)));
        }
        return ExitCodes.CLEAN;
    }
}
