package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.SourcePosition;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns ANTLR's syntax errors into diagnostics a planner can act on: what was found, and how the construct being
 * written should look. One error per line, since ANTLR's recovery can report the same mistake many times.
 */
final class SyntaxErrorCollector extends BaseErrorListener {

    /** The innermost rule being parsed decides the hint; rules not named here use the one of their parent. */
    private static final Map<Integer, String> HINTS = Map.ofEntries(
            Map.entry(StrategyParser.RULE_strategy, "line"),
            Map.entry(StrategyParser.RULE_preamble, "line"),
            Map.entry(StrategyParser.RULE_goal, "goalLine"),
            Map.entry(StrategyParser.RULE_goalPart, "goalLine"),
            Map.entry(StrategyParser.RULE_priorities, "measure"),
            Map.entry(StrategyParser.RULE_priority, "measure"),
            Map.entry(StrategyParser.RULE_targets, "kpi"),
            Map.entry(StrategyParser.RULE_kpi, "kpi"),
            Map.entry(StrategyParser.RULE_baseline, "kpi"),
            Map.entry(StrategyParser.RULE_target, "kpi"),
            Map.entry(StrategyParser.RULE_actuals, "actuals"),
            Map.entry(StrategyParser.RULE_actual, "actuals"),
            Map.entry(StrategyParser.RULE_timeSpec, "time"),
            Map.entry(StrategyParser.RULE_yearRef, "time"),
            Map.entry(StrategyParser.RULE_pairedYear, "time"),
            Map.entry(StrategyParser.RULE_period, "time"),
            Map.entry(StrategyParser.RULE_quantity, "quantity"),
            Map.entry(StrategyParser.RULE_amount, "quantity"),
            Map.entry(StrategyParser.RULE_fertility, "vision"),
            // A vision target takes the hint of its line, so that a population line gets a population example.
            Map.entry(StrategyParser.RULE_population, "population"),
            Map.entry(StrategyParser.RULE_migration, "migration"),
            Map.entry(StrategyParser.RULE_migrationChange, "migration"),
            Map.entry(StrategyParser.RULE_impact, "impact"),
            Map.entry(StrategyParser.RULE_impactLevel, "impact"),
            Map.entry(StrategyParser.RULE_measure, "measure"),
            Map.entry(StrategyParser.RULE_subMeasure, "measure"),
            Map.entry(StrategyParser.RULE_relisted, "relisted"),
            Map.entry(StrategyParser.RULE_dropped, "dropped"),
            Map.entry(StrategyParser.RULE_suppression, "suppression"),
            Map.entry(StrategyParser.RULE_replaces, "link"),
            Map.entry(StrategyParser.RULE_continues, "link"),
            Map.entry(StrategyParser.RULE_text, "text"));

    private static final int MAX_QUOTED = 20;

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> linesWithErrors = new HashSet<>();

    SyntaxErrorCollector(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (!linesWithErrors.add(line)) {
            return;
        }
        if (recognizer instanceof Parser parser && offendingSymbol instanceof Token offending
                && labelWithoutFigure(parser.getContext(), offending) instanceof StrategyParser.SeriesFigureContext figure) {
            // 「abc人」 read as a series label (男性…) that no figure follows is a figure that is not one.
            Token label = figure.seriesLabel().getStart();
            diagnostics.add(Diagnostic.error(new SourcePosition(file, label.getLine(),
                    label.getCharPositionInLine() + 1), "syntax.quantity",
                    "「" + BuildContext.written(figure.seriesLabel()).strip() + "」"));
            return;
        }
        SourcePosition position = new SourcePosition(file, line, charPositionInLine + 1);
        String hint = recognizer instanceof Parser parser ? hint(parser, offendingSymbol) : "line";
        diagnostics.add(Diagnostic.error(position, "syntax." + hint, found(offendingSymbol)));
    }

    /**
     * ANTLR leaves a rule whose optional tail does not match and reports the token at the level of the line, so the
     * hint is taken from what the line was: the last construct parsed when the token is in the middle of a line, the
     * basic goal when the token starts a line after the first goal.
     */
    private static String hint(Parser parser, Object offendingSymbol) {
        if (offendingSymbol instanceof Token token && token.getType() == StrategyLexer.K_MEASURE_KPIS) {
            return "measureKpis";
        }
        ParserRuleContext context = parser.getContext();
        String hint = hint(context);
        if (!hint.equals("line") && !hint.equals("goalLine")) {
            return hint;
        }
        if (!startsLine(parser.getInputStream(), offendingSymbol)) {
            return hint(lastRule(context));
        }
        boolean afterGoal = context instanceof StrategyParser.StrategyContext strategy && !strategy.goal().isEmpty();
        return afterGoal ? "goalLine" : hint;
    }

    private static boolean startsLine(TokenStream tokens, Object offendingSymbol) {
        if (!(offendingSymbol instanceof Token token) || token.getTokenIndex() <= 0) {
            return true;
        }
        int previous = tokens.get(token.getTokenIndex() - 1).getType();
        return previous == StrategyLexer.NL || token.getType() == Token.EOF;
    }

    /** The innermost rule that ends with the last token parsed. */
    private static ParserRuleContext lastRule(ParserRuleContext context) {
        ParserRuleContext rule = context;
        while (rule.getChildCount() > 0
                && rule.getChild(rule.getChildCount() - 1) instanceof ParserRuleContext last) {
            rule = last;
        }
        return rule;
    }

    /**
     * A character no token starts with is reported with the rest of its word, up to a space or the line end and
     * including a colon that ends it, so that the message quotes 「KPI：」 rather than 「K」.
     */
    static String wholeWord(Token token) {
        CharStream input = token.getInputStream();
        if (input == null) {
            return token.getText().strip();
        }
        int end = token.getStartIndex();
        int last = Math.min(input.size() - 1, token.getStartIndex() + MAX_QUOTED);
        while (end <= last) {
            String c = input.getText(Interval.of(end, end));
            if (c.isBlank()) {
                break;
            }
            end++;
            if (c.equals(":") || c.equals("：")) {
                break;
            }
        }
        return end <= token.getStartIndex() ? token.getText().strip()
                : input.getText(Interval.of(token.getStartIndex(), end - 1)).strip();
    }

    /** The series figure being parsed when its label has no figure after it; else null. */
    private static ParserRuleContext labelWithoutFigure(ParserRuleContext context, Token offending) {
        for (ParserRuleContext rule = context; rule != null; rule = rule.getParent()) {
            if (rule instanceof StrategyParser.SeriesFigureContext figure) {
                boolean right = figure.seriesLabel() != null && figure.seriesLabel().getStop() != null
                        && offending.getTokenIndex() == figure.seriesLabel().getStop().getTokenIndex() + 1;
                return right ? figure : null;
            }
        }
        return null;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String hint(ParserRuleContext context) {
        for (ParserRuleContext rule = context; rule != null; rule = rule.getParent()) {
            String hint = HINTS.get(rule.getRuleIndex());
            if (hint != null) {
                return hint;
            }
        }
        return "line";
    }

    private static Object found(Object offendingSymbol) {
        if (!(offendingSymbol instanceof Token token) || token.getType() == Token.EOF) {
            return new Diagnostic.Term("endOfFile");
        }
        if (token.getType() == StrategyLexer.NL) {
            return new Diagnostic.Term("endOfLine");
        }
        String text = token.getType() == StrategyLexer.ERROR_CHAR ? wholeWord(token) : token.getText().strip();
        return "「" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text) + "」";
    }
}
