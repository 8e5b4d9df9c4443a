package dev.planlint.cli;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.Severity;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.config.Configuration;
import dev.planlint.config.ConfigurationException;
import dev.planlint.config.ConfigurationReader;
import dev.planlint.engine.RuleEngine;
import dev.planlint.engine.RuleLoadException;
import dev.planlint.engine.RuleRunException;
import dev.planlint.diagnostic.Messages;
import dev.planlint.check.Baseline;
import dev.planlint.load.ActualsFile;
import dev.planlint.load.StrategyFiles;
import dev.planlint.diagnostic.InputError;
import dev.planlint.render.DiagnosticPrinter;
import dev.planlint.render.RenderOptions;
import dev.planlint.render.ReportFormat;
import dev.planlint.trace.StartupTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code planlint check FILE…}: reads, validates and judges strategies, and reports what it found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check strategy files: the input, the design of every numeric target, progress against actual "
                + "values and, where a strategy names its previous period, what changed between periods.",
                "Rules: planlint rules; one rule: planlint explain RULE."},
        footer = ExitCodes.HELP)
final class CheckCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Strategy files, or directories: every "
            + "*.strategy file below them.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif, junit, github, markdown, html or xlsx (needs --output). "
                    + "Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced whole, never half-written, keeping its mode; a device "
                    + "or FIFO is written in place; - is standard output) instead of standard output. Never one of "
                    + "the run's inputs.")
    private Path output;

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier JSON report: its findings are "
            + "reported as unchanged and do not fail the run, so a revision fails only on what it introduces.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Also write this run's JSON report to "
            + "FILE, for use with --baseline (written as --output is; not the --output file, not an input).")
    private Path writeBaseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this level: error, warning, info or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge progress as of this date (YYYY-MM-DD). Default: today.")
    private LocalDate asOf;

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "Evaluation scheme for progress, overriding the strategy's 評価方式 and the configuration: "
                    + "achievement-rate, elapsed-time, tama-pro-rata, nagayo-baseline, eurostat-growth.")
    private String scheme;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (JSON): scheme, thresholds, "
            + "severities.")
    private Path config;

    @Option(names = "--threshold", paramLabel = "NAME=VALUE", description = "Override a threshold, e.g. "
            + "staleBaselineYears=5. Repeatable.")
    private Map<String, String> thresholds = Map.of();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Override a rule's severity: error, "
            + "warning, info or off. Repeatable.")
    private Map<String, String> severities = Map.of();

    @Option(names = "--actuals", paramLabel = "FILE.csv|FILE.xlsx", description = "Actual values to merge into "
            + "the strategies' KPIs: CSV with the header kpi,date,value,unit (read in --encoding, default UTF-8), or "
            + "an Excel workbook: the sheet --format xlsx writes with actuals filled in its year columns (R7年度), "
            + "or sheets with the CSV's columns. Problems are said as FILE:sheet!cell.")
    private Path actualsFile;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also run the rules of every .drl file in DIR "
            + "(see docs/user-rules.md).")
    private Path userRules;

    @Option(names = "--rules-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "With --rules: the longest the rules may run on one strategy, 1 to 3600 seconds; a rule "
                    + "that runs longer is stopped and named (exit 2). Default: ${DEFAULT-VALUE}.")
    private int rulesTimeout;

    @Option(names = "--compact", description = "With --format json: no indentation or line breaks, the same "
            + "content, for large batches.")
    private boolean compact;

    @Mixin
    private LanguageOption language;

    @Mixin
    private EncodingOption encoding;

    @Override
    public Integer call() {
        StartupTrace.sinceMain("CLI model");
        PrintWriter err = spec.commandLine().getErr();
        if (rulesTimeout < 1 || rulesTimeout > 3600) {
            err.println("planlint: " + Messages.format(language.locale(), "option.rulesTimeout", rulesTimeout));
            return ExitCodes.INVALID;
        }
        RuleEngine.reportRuleExitsTo(exit -> {
            err.println("planlint: " + UserRuleErrors.describe(exit, language.locale()));
            err.flush();
        });
        try {
            return check(err);
        } catch (RuntimeException failed) {
            RuleRunException byRule = UserRuleErrors.find(failed).orElseThrow(() -> failed);
            err.println("planlint: " + UserRuleErrors.describe(byRule, language.locale()));
            return ExitCodes.INVALID;
        }
    }

    private Integer check(PrintWriter err) {
        long catalogRead = StartupTrace.now();
        List<Path> strategyFiles = StrategyFiles.expand(files);
        OutputTargets outputs = new OutputTargets().add("--output", output).add("--write-baseline", writeBaseline);
        try {
            outputs.check(inputsNamed(strategyFiles));
        } catch (OutputException refused) {
            err.println("planlint: " + refused.message(language.locale()));
            return ExitCodes.INVALID;
        }
        RuleCatalog catalog = RuleCatalog.shipped();
        StartupTrace.since("catalog", catalogRead);
        Severity failLevel;
        Configuration configuration;
        RuleEngine engine;
        try {
            failLevel = failLevel();
            configuration = configuration(catalog.rules().stream().map(rule -> rule.id())
                    .collect(Collectors.toSet()));
            engine = userRules == null ? ShippedRules.engine()
                    : RuleEngine.withUserRules(userRules, Duration.ofSeconds(rulesTimeout));
        } catch (ConfigurationException wrong) {
            ConfigurationErrors.print(wrong, language.locale(), err);
            return ExitCodes.INVALID;
        } catch (RuleLoadException broken) {
            broken.errors().forEach(error -> err.println(error.file() + ":" + error.line()
                    + (error.column() > 0 ? ":" + error.column() : "") + ": error: " + error.message()));
            return ExitCodes.INVALID;
        }
        ActualsFile.Result actuals = actualsFile == null
                ? new ActualsFile.Result(List.of(), List.of(), java.util.Optional.empty())
                : ActualsFile.read(actualsFile, encoding.charset());
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Checker checker = new Checker(engine, catalog, configuration, day, encoding.charset());
        if (format == ReportFormat.JSON) {
            try {
                return StreamedJsonCheck.run(checker, day, strategyFiles, actuals.rows(),
                        actuals.diagnostics(), baseline == null ? Optional.empty() : Optional.of(Baseline.read(baseline)),
                        failLevel, language.locale(), compact,
                        Optional.ofNullable(output).filter(path -> !OutputTargets.isStandardOutput(path)),
                        Optional.ofNullable(writeBaseline), spec.commandLine().getOut(), outputs);
            } catch (InputError | IOException problem) {
                return unusable(problem, err);
            }
        }
        Report report = checker.check(strategyFiles, actuals.rows(), actuals.diagnostics());
        report = actuals.source().map(report::withSource).orElse(report);
        try {
            outputs.checkNotInput(OutputTargets.filesRead(report));
            if (baseline != null) {
                report = report.against(Baseline.read(baseline));
            }
            long rendering = StartupTrace.now();
            write(report, catalog);
            StartupTrace.since("render", rendering);
        } catch (InputError | IOException problem) {
            return unusable(problem, err);
        }
        if (report.hasInputErrors()) {
            return ExitCodes.INVALID;
        }
        return failLevel != null && report.hasFindingsAtLeast(failLevel) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private void write(Report report, RuleCatalog catalog) throws IOException {
        boolean terminal = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        RenderOptions options = new RenderOptions(language.locale(), terminal, catalog, baseline != null);
        ReportOutput.write(format.renderer(options), report, Optional.ofNullable(output), spec.commandLine().getOut(),
                format.name().toLowerCase(Locale.ROOT));
        if (format == ReportFormat.GITHUB) {
            StepSummary.appendIfRequested(report, options, spec.commandLine().getErr());
        }
        if (writeBaseline != null) {
            ReportOutput.writeFile(writeBaseline, out -> ReportFormat.JSON.renderer(options).render(report, out));
        }
    }

    /**
     * The files this run reads that the command line names, so that no output can overwrite one: the strategies,
     * the configuration, the baseline, the actuals and the rule files. Previous-period files are known only once
     * read, and are checked then, before anything is written.
     */
    private List<Path> inputsNamed(List<Path> strategyFiles) {
        List<Path> inputs = new java.util.ArrayList<>(strategyFiles);
        java.util.stream.Stream.of(config, baseline, actualsFile, userRules).filter(java.util.Objects::nonNull)
                .forEach(inputs::add);
        if (userRules != null && java.nio.file.Files.isDirectory(userRules)) {
            try (java.util.stream.Stream<Path> below = java.nio.file.Files.walk(userRules)) {
                below.forEach(inputs::add);
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                // The rule loader reports an unreadable rule folder; nothing below it is read.
            }
        }
        return inputs;
    }

    /** Null for "never". */
    private Severity failLevel() throws ConfigurationException {
        if (failOn.equals("never")) {
            return null;
        }
        return Severity.parse(failOn).orElseThrow(() -> new ConfigurationException(
                "--fail-on takes error, warning, info or never, not \"" + failOn + "\""));
    }

    private Configuration configuration(Set<String> ruleIds) throws ConfigurationException {
        Configuration configuration = config == null ? Configuration.defaults()
                : ConfigurationReader.read(config, ruleIds);
        if (scheme != null) {
            configuration = configuration.withScheme(ConfigurationReader.scheme(scheme));
        }
        for (Map.Entry<String, String> threshold : new java.util.TreeMap<>(thresholds).entrySet()) {
            configuration = ConfigurationReader.withThreshold(configuration, threshold.getKey(),
                    threshold.getValue());
        }
        for (Map.Entry<String, String> severity : new java.util.TreeMap<>(severities).entrySet()) {
            configuration = ConfigurationReader.withSeverity(configuration, severity.getKey(), severity.getValue(),
                    ruleIds);
        }
        return configuration;
    }

    /** An output refused, an input that cannot be used or a file that cannot be written: said on stderr, exit 2. */
    private int unusable(Exception problem, PrintWriter err) {
        if (problem instanceof OutputException refused) {
            err.println("planlint: " + refused.message(language.locale()));
        } else if (problem instanceof InputError input) {
            new DiagnosticPrinter(language.locale(), Map.of()).print(input.diagnostic(), err);
        } else {
            err.println("planlint: " + problem.getMessage());
        }
        return ExitCodes.INVALID;
    }
}
