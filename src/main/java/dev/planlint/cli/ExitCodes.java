package dev.planlint.cli;

/** planlint's exit codes, listed in every command's --help. */
public final class ExitCodes {

    /** Every file is valid and no finding reaches the --fail-on level. */
    public static final int CLEAN = 0;
    /** Findings at or above the --fail-on level. */
    public static final int FINDINGS = 1;
    /** Invalid input or usage: a file that cannot be read or parsed, an unknown option. */
    public static final int INVALID = 2;

    static final String HELP = "%nExit codes:%n"
            + "  0  clean: no finding at or above --fail-on (default error)%n"
            + "  1  findings at or above --fail-on%n"
            + "  2  invalid input or usage (the message names file, line and column)%n";

    private ExitCodes() {
    }
}
