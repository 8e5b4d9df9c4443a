package dev.planlint.parser;

import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ANTLR's lexer remembers the way from one DFA state to the next only for characters up to U+007F; every other
 * character is simulated on the ATN again, each time it is read. Strategies are written in Japanese, so that was
 * nearly every character. This simulator remembers those transitions too, in a map shared by all lexers of the
 * grammar as the DFA itself is, which makes lexing Japanese text about as fast as ASCII.
 */
final class WideCharLexerSimulator extends LexerATNSimulator {

    /** Enough for every state and character the language uses many times over; beyond it, nothing more is kept. */
    private static final int MAX_EDGES = 1 << 20;

    private static final Map<Long, DFAState> WIDE_EDGES = new ConcurrentHashMap<>();

    WideCharLexerSimulator(Lexer lexer, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(lexer, atn, decisionToDFA, cache);
    }

    @Override
    protected DFAState getExistingTargetState(DFAState state, int character) {
        if (character <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(state, character);
        }
        return WIDE_EDGES.get(key(state, character));
    }

    @Override
    protected void addDFAEdge(DFAState from, int character, DFAState to) {
        if (character <= MAX_DFA_EDGE) {
            super.addDFAEdge(from, character, to);
        } else if (WIDE_EDGES.size() < MAX_EDGES) {
            WIDE_EDGES.put(key(from, character), to);
        }
    }

    /** A DFA state is numbered within the DFA of its mode; characters take 21 bits. */
    private long key(DFAState state, int character) {
        return ((long) mode << 53) | ((long) state.stateNumber << 21) | character;
    }
}
