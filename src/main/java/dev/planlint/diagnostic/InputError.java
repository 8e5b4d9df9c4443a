package dev.planlint.diagnostic;

/**
 * An input file that cannot be used (not a regular file, too large, not JSON, not a planlint report), said as a
 * diagnostic: file and position, and a sentence in Japanese or English.
 */
public final class InputError extends Exception {

    private final transient Diagnostic diagnostic;

    public InputError(Diagnostic diagnostic) {
        super(diagnostic.position() + ": " + diagnostic.message(java.util.Locale.ENGLISH));
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
