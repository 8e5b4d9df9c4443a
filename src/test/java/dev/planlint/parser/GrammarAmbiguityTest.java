package dev.planlint.parser;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DiagnosticErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grammar is unambiguous on the real strategies: ANTLR's exact ambiguity detection reports nothing. */
class GrammarAmbiguityTest {

    @ParameterizedTest
    @ValueSource(strings = {"strategies/kushiro-2nd.strategy", "strategies/kushiro-3rd-draft.strategy",
            "strategies/examples/fictional-progress.strategy", "strategies/examples/fictional-full.strategy",
            "src/test/resources/dev/planlint/parser/dates.strategy",
            "src/test/resources/dev/planlint/parser/dates-year-kind.strategy",
            "src/test/resources/dev/planlint/parser/dates-english.strategy",
            "src/test/resources/dev/planlint/parser/series.strategy",
            "src/test/resources/dev/planlint/parser/targets-and-baselines.strategy",
            "src/test/resources/dev/planlint/parser/population-vision.strategy"})
    void noAmbiguityIsReported(String file) throws IOException {
        StrategyLexer lexer = new PlanLexer(CharStreams.fromPath(Path.of(file)));
        StrategyParser parser = new StrategyParser(new CommonTokenStream(lexer));
        List<String> reports = new ArrayList<>();
        parser.removeErrorListeners();
        parser.addErrorListener(new DiagnosticErrorListener(true) {
            @Override
            public void reportAmbiguity(Parser recognizer, DFA dfa, int startIndex, int stopIndex, boolean exact,
                                        BitSet ambigAlts, ATNConfigSet configs) {
                reports.add("ambiguity in " + recognizer.getRuleNames()[dfa.atnStartState.ruleIndex] + " at token "
                        + startIndex);
            }

            @Override
            public void reportAttemptingFullContext(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                                                    BitSet conflictingAlts, ATNConfigSet configs) {
                // Full-context prediction is how ALL(*) resolves SLL conflicts; only true ambiguities count.
            }

            @Override
            public void reportContextSensitivity(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                                                 int prediction, ATNConfigSet configs) {
            }
        });
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String message, RecognitionException e) {
                reports.add("syntax error " + line + ":" + column + " " + message);
            }
        });
        parser.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
        parser.strategy();
        assertThat(reports).isEmpty();
    }
}
