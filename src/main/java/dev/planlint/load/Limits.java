package dev.planlint.load;

/** The limits planlint enforces on its input, each with the message that names it. */
public final class Limits {

    /** Larger strategy files are refused before they are read. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Longer lines are refused: no strategy needs them, and they make messages unreadable. */
    public static final int MAX_LINE_CHARS = 4_000;
    /** How many predecessors a chain of 前期戦略 may have. */
    public static final int MAX_PREDECESSOR_CHAIN = 10;

    private Limits() {
    }
}
