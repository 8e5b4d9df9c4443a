package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Observation;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        StrategyParser.StrategyContext tree = parse(file, text, syntaxErrors, StrategyParser::strategy);
        if (!syntaxErrors.diagnostics().isEmpty()) {
            return new Result(Optional.empty(), syntaxErrors.diagnostics());
        }
        BuildContext context = new BuildContext(file);
        Strategy strategy = new ModelBuilder(context, file).strategy(tree);
        return new Result(Optional.of(strategy), context.diagnostics());
    }

    /** The result of reading one actual value such as {@code 700人(R2年度)}. */
    public record ActualResult(Optional<Observation> actual, List<Diagnostic> diagnostics) {
    }

    /**
     * Reads one actual value written as in a strategy ({@code 700人(R2年度)}), positioned at {@code line} and
     * {@code column} of {@code file}: the actual values of a CSV file use the strategy language's figures and dates.
     */
    public static ActualResult parseActual(String file, int line, int column, String text) {
        String prefix = "実績：";
        SyntaxErrorCollector syntaxErrors = new SyntaxErrorCollector(file);
        StrategyParser.StandaloneActualContext tree = parse(file, prefix + text, syntaxErrors,
                StrategyParser::standaloneActual);
        List<Diagnostic> shifted;
        if (!syntaxErrors.diagnostics().isEmpty()) {
            shifted = shift(syntaxErrors.diagnostics(), line, column - prefix.length() - 1);
            return new ActualResult(Optional.empty(), shifted);
        }
        BuildContext context = new BuildContext(file);
        Optional<Observation> actual = new ModelBuilder(context, file).standaloneActual(tree)
                .map(built -> new Observation(built.value(), built.time(), new SourcePosition(file, line, column)));
        shifted = shift(context.diagnostics(), line, column - prefix.length() - 1);
        boolean valid = shifted.stream().noneMatch(Diagnostic::isError);
        return new ActualResult(valid ? actual : Optional.empty(), shifted);
    }

    private static List<Diagnostic> shift(List<Diagnostic> diagnostics, int line, int columnOffset) {
        return diagnostics.stream().map(diagnostic -> new Diagnostic(diagnostic.severity(),
                new SourcePosition(diagnostic.position().file(), line,
                        Math.max(1, diagnostic.position().column() + columnOffset)),
                diagnostic.code(), diagnostic.arguments())).toList();
    }

    /**
     * Parses in two stages: SLL prediction, which is fast and right for every valid input, giving up at the first
     * error; only then full LL with the normal error recovery, so that the messages are those of a full parse. The
     * tokens are read once, so the lexer reports its errors once.
     */
    private static <T> T parse(String file, String text, SyntaxErrorCollector syntaxErrors,
                               Function<StrategyParser, T> rule) {
        StrategyLexer lexer = new PlanLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        lexer.addErrorListener(syntaxErrors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        StrategyParser parser = new StrategyParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException retry) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(syntaxErrors);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return rule.apply(parser);
        }
    }
}
