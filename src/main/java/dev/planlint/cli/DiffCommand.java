package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.render.DiffFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, markdown or html. Default: ${DEFAULT-VALUE}.")
    private DiffFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced whole, never half-written, keeping its mode; - is standard "
                    + "output) instead of standard output. Never OLD, NEW or a file they name.")
    private Path output;

    @Mixin
    private LanguageOption language;

    @Mixin
    private EncodingOption encoding;

    @Override
    public Integer call() {
        OutputTargets outputs = new OutputTargets().add("--output", output);
        try {
            outputs.check(List.of(previous, current));
        } catch (OutputException refused) {
            spec.commandLine().getErr().println("planlint: " + refused.message(language.locale()));
            return ExitCodes.INVALID;
        }
        Report report = new Checker(ShippedRules.engine(), RuleCatalog.shipped(), Configuration.defaults(),
                asOf == null ? LocalDate.now() : asOf, encoding.charset()).compare(previous, current);
        try {
            outputs.checkNotInput(OutputTargets.filesRead(report));
            ReportOutput.write(format.renderer(language.locale()), report, Optional.ofNullable(output),
                    spec.commandLine().getOut(), format.name().toLowerCase(Locale.ROOT));
        } catch (OutputException refused) {
            spec.commandLine().getErr().println("planlint: " + refused.message(language.locale()));
            return ExitCodes.INVALID;
        } catch (IOException failed) {
            spec.commandLine().getErr().println("planlint: " + failed.getMessage());
            return ExitCodes.INVALID;
        }
        return report.hasInputErrors() ? ExitCodes.INVALID : ExitCodes.CLEAN;
    }
}
