package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Strategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;

import java.util.List;
import java.util.Optional;

/** Text in, model or positioned diagnostics out. ANTLR types stay behind this class. */
public final class StrategyParsing {

    private StrategyParsing() {
    }

    /** The result of parsing one file: the model when it is syntactically valid, and every diagnostic. */
    public record Result(Optional<Strategy> strategy, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public static Result parse(String file, String text) {
        SyntaxErrorCollector syntaxErrors = new SyntaxErrorCollector(file);
        StrategyLexer lexer = new StrategyLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        lexer.addErrorListener(syntaxErrors);
        StrategyParser parser = new StrategyParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(syntaxErrors);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        StrategyParser.StrategyContext tree = parser.strategy();
        if (!syntaxErrors.diagnostics().isEmpty()) {
            return new Result(Optional.empty(), syntaxErrors.diagnostics());
        }
        BuildContext context = new BuildContext(file);
        Strategy strategy = new ModelBuilder(context, file).strategy(tree);
        return new Result(Optional.of(strategy), context.diagnostics());
    }
}
