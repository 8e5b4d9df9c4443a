package dev.planlint.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayList;

/**
 * The superclass of every parse-tree node of the grammar (its {@code contextSuperClass}): ANTLR gives every node a
 * list of ten children at its first child, and nearly all of ours have one to four (a unit word, a year, an
 * amount). A list of four, grown as it needs, makes the tree of a strategy about half the memory, and a batch
 * allocates, and collects, that much less.
 */
public class CompactContext extends ParserRuleContext {

    private static final int FIRST_CAPACITY = 4;

    public CompactContext() {
    }

    public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T child) {
        if (children == null) {
            children = new ArrayList<>(FIRST_CAPACITY);
        }
        children.add(child);
        return child;
    }
}
