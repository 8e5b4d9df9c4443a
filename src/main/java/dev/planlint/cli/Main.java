package dev.planlint.cli;

import dev.planlint.trace.StartupTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** The planlint command line. Tests call {@link #run}; only {@link #main} exits the JVM. */
@Command(name = "planlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks municipal comprehensive strategies (まち・ひと・しごと創生総合戦略) before council review.",
        footer = ExitCodes.HELP)
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. Building picocli's model of a command costs about as much as
     * building the rule base, so a run builds the model of the one subcommand it runs, and of all only for help or
     * a name planlint does not know (so that picocli can suggest one).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("show", ShowCommand::new);
        SUBCOMMANDS.put("fmt", FmtCommand::new);
        SUBCOMMANDS.put("lsp", LspCommand::new);
        SUBCOMMANDS.put("rules", RulesCommand::new);
        SUBCOMMANDS.put("explain", ExplainCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StartupTrace.mainStarted();
        ShippedRules.startBuildingFor(args);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = run(out, err, args);
        StartupTrace.print(System.err);
        System.exit(exitCode);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out).setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** The command line for {@code args}: the model of the subcommand they name, its help in their language. */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        SUBCOMMANDS.forEach((name, command) -> {
            if (!SUBCOMMANDS.containsKey(named) || named.equals("help") || named.equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(java.nio.file.Path.class, new FileNames())
                .setExitCodeExceptionMapper(exception -> ExitCodes.INVALID)
                .setExecutionExceptionHandler(new UnexpectedErrorHandler());
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("");
        if (HelpLanguage.asksForHelp(args) && HelpLanguage.isJapanese(args)) {
            commandLine.setResourceBundle(ResourceBundle.getBundle("dev.planlint.cli.Help", Locale.JAPANESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
