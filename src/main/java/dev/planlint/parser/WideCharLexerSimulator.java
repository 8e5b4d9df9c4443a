package dev.planlint.parser;

import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

import java.util.Arrays;

/**
 * ANTLR's lexer remembers the way from one DFA state to the next only for characters up to U+007F; every other
 * character is simulated on the ATN again, each time it is read. Strategies are written in Japanese, so that was
 * nearly every character. This simulator remembers those transitions too, shared by all lexers of the grammar as the
 * DFA itself is, which makes lexing Japanese text about as fast as ASCII.
 *
 * <p>The transitions are kept in primitive arrays, per mode and state, not in a map of boxed keys: looking one up is
 * read on every character of the input, so it must neither allocate nor hash an object. Readers take no lock; a
 * writer copies the small table it changes and publishes the copy (a reader that sees the old one only misses a
 * transition and simulates it again, as ANTLR's own edge arrays allow).
 */
final class WideCharLexerSimulator extends LexerATNSimulator {

    /** Enough for every state and character the language uses many times over; beyond it, nothing more is kept. */
    private static final int MAX_EDGES = 1 << 20;

    private static final Object LOCK = new Object();
    /** Wide-character transitions by mode, then DFA state number (numbered within the DFA of its mode). */
    private static volatile Edges[][] edgesByMode = new Edges[0][];
    private static int edgeCount;

    WideCharLexerSimulator(Lexer lexer, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(lexer, atn, decisionToDFA, cache);
    }

    @Override
    protected DFAState getExistingTargetState(DFAState state, int character) {
        if (character <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(state, character);
        }
        Edges[][] byMode = edgesByMode;
        if (mode >= byMode.length) {
            return null;
        }
        Edges[] byState = byMode[mode];
        int number = state.stateNumber;
        if (byState == null || number < 0 || number >= byState.length) {
            return null;
        }
        Edges edges = byState[number];
        return edges == null ? null : edges.target(character);
    }

    @Override
    protected void addDFAEdge(DFAState from, int character, DFAState to) {
        if (character <= MAX_DFA_EDGE) {
            super.addDFAEdge(from, character, to);
            return;
        }
        if (from.stateNumber < 0) {
            return;
        }
        synchronized (LOCK) {
            if (edgeCount >= MAX_EDGES) {
                return;
            }
            Edges[] byState = statesOf(mode, from.stateNumber);
            Edges edges = byState[from.stateNumber];
            if (edges != null && edges.target(character) != null) {
                return;
            }
            byState[from.stateNumber] = new Edges(edges, character, to);
            edgeCount++;
        }
    }

    /** The (writable, current) table of {@code mode}'s states, grown to hold {@code stateNumber}; under the lock. */
    private static Edges[] statesOf(int mode, int stateNumber) {
        Edges[][] byMode = edgesByMode;
        if (mode >= byMode.length) {
            byMode = Arrays.copyOf(byMode, mode + 1);
        }
        Edges[] byState = byMode[mode];
        if (byState == null || stateNumber >= byState.length) {
            int length = Math.max(64, Integer.highestOneBit(stateNumber) << 1);
            byState = byState == null ? new Edges[length] : Arrays.copyOf(byState, length);
            byMode = byMode == edgesByMode ? byMode.clone() : byMode;
            byMode[mode] = byState;
        }
        if (byMode != edgesByMode) {
            edgesByMode = byMode;
        }
        return byState;
    }

    /**
     * One state's transitions on wide characters: an open-addressing table (linear probing, at most half full),
     * filled in its constructor and never changed after, so that final-field semantics let it be read without a lock.
     */
    private static final class Edges {
        private final int[] characters;
        private final DFAState[] targets;
        private final int size;

        /** {@code previous}'s transitions (none if null) and one more. */
        private Edges(Edges previous, int character, DFAState target) {
            int oldSize = previous == null ? 0 : previous.size;
            int capacity = previous == null ? 8 : previous.characters.length;
            capacity = (oldSize + 1) * 2 > capacity ? capacity * 2 : capacity;
            characters = new int[capacity];
            targets = new DFAState[capacity];
            size = oldSize + 1;
            if (previous != null) {
                for (int slot = 0; slot < previous.characters.length; slot++) {
                    if (previous.characters[slot] != 0) {
                        put(previous.characters[slot], previous.targets[slot]);
                    }
                }
            }
            put(character, target);
        }

        DFAState target(int character) {
            int mask = characters.length - 1;
            for (int slot = hash(character) & mask; ; slot = (slot + 1) & mask) {
                int found = characters[slot];
                if (found == character) {
                    return targets[slot];
                }
                if (found == 0) {
                    return null;
                }
            }
        }

        /** Wide characters are never 0, which marks a free slot. */
        private void put(int character, DFAState target) {
            int mask = characters.length - 1;
            int slot = hash(character) & mask;
            while (characters[slot] != 0 && characters[slot] != character) {
                slot = (slot + 1) & mask;
            }
            characters[slot] = character;
            targets[slot] = target;
        }

        private static int hash(int character) {
            return character * 0x9E3779B9 >>> 7;
        }
    }
}
