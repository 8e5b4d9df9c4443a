package dev.planlint.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The strategy's lexer, with a series label read as planners run it into its figure: {@code 国内約20万人} is the label
 * 国内 and then 約20万人, {@code 男性新規} the label 男性 and then 新規, as if a space stood between them. A word is a
 * word up to the next digit, so without this the 約 or the 新規 would be read as part of the label. A word that ends
 * in 約 as a word of its own (契約, 予約) stays whole, and so does a label such as うち新規 that a figure follows.
 * Also sets the lexer's simulator for Japanese text ({@link WideCharLexerSimulator}).
 */
final class PlanLexer extends StrategyLexer {

    private static final String ABOUT_MARK = "約";
    /** Words ending in 約 that are words of their own, not a label and 約: 新規契約10件 is a label 新規契約. */
    private static final Set<String> WORDS_ENDING_IN_ABOUT = Set.of("契約", "予約", "要約", "節約", "集約", "公約",
            "条約", "規約", "制約", "誓約", "確約", "特約", "解約", "成約", "婚約", "盟約", "協約", "違約", "先約", "売約");
    /** The marks of a series without a baseline, as NO_BASELINE reads them. */
    private static final Set<String> NO_BASELINE_MARKS = Set.of("新規", "なし", "無し");

    private final Deque<Token> pending = new ArrayDeque<>();

    PlanLexer(CharStream input) {
        super(input);
        setInterpreter(new WideCharLexerSimulator(this, getATN(), _decisionToDFA, _sharedContextCache));
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        Token token = super.nextToken();
        if (token.getType() != WORD) {
            return token;
        }
        String text = token.getText();
        boolean digitNext = isDigit(_input.LA(1));
        if (digitNext && text.endsWith(ABOUT_MARK) && text.length() > ABOUT_MARK.length()
                && WORDS_ENDING_IN_ABOUT.stream().noneMatch(text::endsWith)) {
            return split(token, ABOUT_MARK.length(), ABOUT);
        }
        if (!digitNext) {
            for (String mark : NO_BASELINE_MARKS) {
                if (text.endsWith(mark) && text.length() > mark.length()) {
                    return split(token, mark.length(), NO_BASELINE);
                }
            }
        }
        return token;
    }

    /** The word without its last {@code tail} characters, with the tail queued as a token of type {@code type}. */
    private Token split(Token word, int tail, int type) {
        String text = word.getText();
        int head = text.codePointCount(0, text.length() - tail);
        int start = word.getStartIndex();
        Token label = _factory.create(_tokenFactorySourcePair, WORD, text.substring(0, text.length() - tail),
                word.getChannel(), start, start + head - 1, word.getLine(), word.getCharPositionInLine());
        pending.add(_factory.create(_tokenFactorySourcePair, type, text.substring(text.length() - tail),
                word.getChannel(), start + head, word.getStopIndex(), word.getLine(),
                word.getCharPositionInLine() + head));
        return label;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
