package dev.planlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The planlint command line. Tests call {@link #run}; only {@link #main} exits the JVM. */
@Command(name = "planlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks municipal comprehensive strategies (まち・ひと・しごと創生総合戦略) before council review.",
        subcommands = {CheckCommand.class, DiffCommand.class, ShowCommand.class, RulesCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(exception -> ExitCodes.INVALID)
                .setExecutionExceptionHandler(new UnexpectedErrorHandler());
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("");
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
