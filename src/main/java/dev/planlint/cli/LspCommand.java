package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.config.Configuration;
import dev.planlint.lsp.LanguageServerRun;
import picocli.CommandLine.Command;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code planlint lsp}: the language server, over standard input and output, until the editor says exit. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the language server (LSP) over standard input and output, for editors: the findings of "
                + "planlint check while you type (rule id, severity, message in the editor's language), formatting "
                + "as planlint fmt, and an outline of targets, goals, measures and KPIs. See docs/editors.md.",
                "エディタ用の言語サーバ (LSP) を標準入出力で動かす。入力中に check の指摘を表示し、fmt と同じ整形、"
                        + "数値目標・基本目標・施策・KPI の一覧を提供する。"},
        footer = "%nExit codes:%n  0  the editor sent shutdown, then exit%n"
                + "  1  the editor sent exit without shutdown, or closed the connection%n")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Checker checker = new Checker(ShippedRules.engine(), RuleCatalog.shipped(), Configuration.defaults(),
                LocalDate.now(), Optional.empty());
        return LanguageServerRun.serve(checker, System.in, System.out);
    }
}
