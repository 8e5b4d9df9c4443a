package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import dev.planlint.render.DiffTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code planlint diff OLD NEW}: two periods side by side, with every change marked. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare a strategy with the one it succeeds: goals, measures and sub-measures (same, renamed, "
                + "moved, renumbered, added, removed) and the numeric targets of both periods with the old "
                + "period's achievement.",
        footer = ExitCodes.HELP)
final class DiffCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The previous period's strategy.")
    private Path previous;

    @Parameters(index = "1", paramLabel = "NEW", description = "The strategy that succeeds it.")
    private Path current;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluation date (YYYY-MM-DD). Default: today.")
    private LocalDate asOf;

    @Mixin
    private LanguageOption language;

    @Mixin
    private EncodingOption encoding;

    @Override
    public Integer call() {
        Report report = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(),
                asOf == null ? LocalDate.now() : asOf, encoding.charset()).compare(previous, current);
        new DiffTextRenderer(language.locale()).render(report, spec.commandLine().getOut());
        return report.hasInputErrors() ? ExitCodes.INVALID : ExitCodes.CLEAN;
    }
}
