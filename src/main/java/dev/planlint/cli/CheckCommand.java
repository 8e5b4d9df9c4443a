package dev.planlint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;
import dev.planlint.load.LoadResult;
import dev.planlint.load.SourceFile;
import dev.planlint.load.StrategyLoader;
import dev.planlint.render.DiagnosticPrinter;
import dev.planlint.render.JsonOutput;
import dev.planlint.render.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code planlint check FILE…}: reads, validates and judges strategies. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check strategy files: syntax, references and numbering.",
        footer = ExitCodes.HELP)
final class CheckCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Strategy files.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format: text or json. Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Mixin
    private LanguageOption language;

    @Mixin
    private EncodingOption encoding;

    enum ReportFormat { TEXT, JSON }

    @Override
    public Integer call() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        List<LoadResult> results = files.stream().sorted().map(file -> StrategyLoader.load(file, encoding.charset()))
                .toList();
        results.forEach(result -> {
            diagnostics.addAll(result.diagnostics());
            sources.putAll(result.sources());
        });
        List<Diagnostic> unique = diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
        boolean invalid = unique.stream().anyMatch(Diagnostic::isError);
        Locale locale = language.locale();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            out.println(JsonOutput.toJson(json(results, unique, locale)));
        } else {
            new DiagnosticPrinter(locale, sources).print(unique, out);
            out.println(Messages.format(locale, invalid ? "check.summary.invalid" : "check.summary.clean",
                    String.valueOf(files.size()), String.valueOf(unique.stream().filter(Diagnostic::isError).count())));
        }
        return invalid ? ExitCodes.INVALID : ExitCodes.CLEAN;
    }

    private static JsonObject json(List<LoadResult> results, List<Diagnostic> diagnostics, Locale locale) {
        JsonObject json = new JsonObject();
        json.addProperty("formatVersion", JsonOutput.FORMAT_VERSION);
        JsonArray strategies = new JsonArray();
        results.forEach(result -> result.strategy().ifPresent(loaded -> strategies.add(ModelJson.strategy(
                loaded.strategy()))));
        json.add("strategies", strategies);
        JsonArray problems = new JsonArray();
        diagnostics.forEach(diagnostic -> problems.add(ModelJson.diagnostic(diagnostic, locale)));
        json.add("diagnostics", problems);
        return json;
    }
}
