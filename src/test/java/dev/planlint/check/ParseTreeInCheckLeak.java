package dev.planlint.check;

import dev.planlint.parser.StrategyParser;
import org.antlr.v4.runtime.tree.ParseTree;

/** A deliberate leak for {@code ArchitectureLeaksTest}: check reading an ANTLR parse tree. Not used by anything. */
final class ParseTreeInCheckLeak {

    private ParseTreeInCheckLeak() {
    }

    static String firstChild(StrategyParser.StrategyContext strategy) {
        ParseTree child = strategy.getChild(0);
        return child.getText();
    }
}
