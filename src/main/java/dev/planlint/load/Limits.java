package dev.planlint.load;

/** The limits planlint enforces on its input, each with the message that names it. */
public final class Limits {

    /** Larger strategy files are refused before they are read. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Longer lines are refused: no strategy needs them, and they make messages unreadable. */
    public static final int MAX_LINE_CHARS = 4_000;
    /** Larger configuration files are refused: a configuration is a few lines. */
    public static final long MAX_CONFIG_BYTES = 1024 * 1024;
    /** Larger baselines are refused: a JSON report of the largest strategies allowed is well below this. */
    public static final long MAX_BASELINE_BYTES = 64L * 1024 * 1024;
    /** Larger actuals files are refused: 16 MiB is several hundred thousand rows. */
    public static final long MAX_ACTUALS_BYTES = 16L * 1024 * 1024;
    /** How many predecessors a chain of 前期戦略 may have. */
    public static final int MAX_PREDECESSOR_CHAIN = 10;

    private Limits() {
    }
}
