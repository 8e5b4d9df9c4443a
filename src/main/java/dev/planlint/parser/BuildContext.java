package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.SourcePosition;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/** What the builders share: the file name for positions and the diagnostics they report. */
final class BuildContext {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    BuildContext(String file) {
        this.file = file;
    }

    SourcePosition at(Token token) {
        return new SourcePosition(file, token.getLine(), token.getCharPositionInLine() + 1);
    }

    SourcePosition at(ParserRuleContext context) {
        return at(context.getStart());
    }

    SourcePosition at(TerminalNode node) {
        return at(node.getSymbol());
    }

    void error(SourcePosition position, String code, Object... arguments) {
        diagnostics.add(Diagnostic.error(position, code, arguments));
    }

    void notice(SourcePosition position, String code, Object... arguments) {
        diagnostics.add(Diagnostic.notice(position, code, arguments));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The text of a rule exactly as written, white space included. */
    static String written(ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return start.getText();
        }
        return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }
}
