package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.config.Configuration;
import dev.planlint.config.ConfigurationException;
import dev.planlint.config.ConfigurationReader;
import dev.planlint.lsp.LanguageServerRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code planlint lsp}: the language server, over standard input and output, until the editor says exit. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the language server (LSP) over standard input and output, for editors: the findings of "
                + "planlint check while you type (rule id, severity, message in the editor's language), formatting "
                + "as planlint fmt, an outline of targets, goals, measures and KPIs, a KPI's figures on hover and "
                + "the language's words on completion. See docs/editors.md.",
                "エディタ用の言語サーバ (LSP) を標準入出力で動かす。入力中に check の指摘を表示し、fmt と同じ整形、"
                        + "数値目標・基本目標・施策・KPI の一覧、ホバーでの指標の値、補完を提供する。"},
        footer = "%nExit codes:%n  0  the editor sent shutdown, then exit%n"
                + "  1  the editor sent exit without shutdown, or closed the connection%n"
                + "  2  the --config file cannot be used (said on standard error)%n")
final class LspCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (JSON), as for planlint "
            + "check: scheme, thresholds, severities. 設定ファイル (JSON)。")
    private Path config;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge progress as of this date (YYYY-MM-DD). "
            + "Default: today. 評価日。")
    private LocalDate asOf;

    @Override
    public Integer call() {
        RuleCatalog catalog = RuleCatalog.shipped();
        Configuration configuration;
        try {
            configuration = config == null ? Configuration.defaults()
                    : ConfigurationReader.read(config, catalog.rules().stream().map(rule -> rule.id())
                            .collect(Collectors.toSet()));
        } catch (ConfigurationException wrong) {
            // Standard output is the protocol's channel: what is wrong goes to standard error only.
            ConfigurationErrors.print(wrong, language.locale(), spec.commandLine().getErr());
            return ExitCodes.INVALID;
        }
        Checker checker = new Checker(ShippedRules.engine(), catalog, configuration,
                asOf == null ? LocalDate.now() : asOf, Optional.empty());
        return LanguageServerRun.serve(checker, System.in, System.out);
    }
}
