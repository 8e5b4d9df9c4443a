package dev.planlint.cli;

import com.google.gson.JsonObject;
import dev.planlint.load.LoadResult;
import dev.planlint.load.StrategyLoader;
import dev.planlint.render.DiagnosticPrinter;
import dev.planlint.render.JsonOutput;
import dev.planlint.render.ModelJson;
import dev.planlint.render.OutlineRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code planlint show FILE}: the model as planlint reads it, as an outline or as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a strategy as planlint reads it: an outline, or JSON (--format json).",
        footer = ExitCodes.HELP)
final class ShowCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The strategy file.")
    private Path file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (an outline) or json. Default: ${DEFAULT-VALUE}.")
    private ModelFormat format;

    @Mixin
    private LanguageOption language;

    @Mixin
    private EncodingOption encoding;

    enum ModelFormat { TEXT, JSON }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult loaded = StrategyLoader.load(file, encoding.charset());
        new DiagnosticPrinter(language.locale(), loaded.sources()).print(loaded.diagnostics(),
                spec.commandLine().getErr());
        if (loaded.strategy().isEmpty()) {
            return ExitCodes.INVALID;
        }
        var strategy = loaded.strategy().get().strategy();
        if (format == ModelFormat.JSON) {
            JsonObject json = new JsonObject();
            json.addProperty("formatVersion", JsonOutput.FORMAT_VERSION);
            json.add("strategy", ModelJson.strategy(strategy));
            out.println(JsonOutput.toJson(json));
        } else {
            new OutlineRenderer(out).render(strategy);
        }
        return ExitCodes.CLEAN;
    }
}
