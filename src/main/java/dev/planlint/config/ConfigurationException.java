package dev.planlint.config;

import dev.planlint.diagnostic.Diagnostic;

import java.util.Locale;
import java.util.Optional;

/**
 * A configuration file or option that cannot be used, with a message that says why; a file that cannot be read or
 * is not JSON carries its diagnostic, said in the user's language.
 */
public final class ConfigurationException extends Exception {

    private final transient Diagnostic diagnostic;

    public ConfigurationException(String message) {
        super(message);
        this.diagnostic = null;
    }

    public ConfigurationException(Diagnostic diagnostic) {
        super(diagnostic.position() + ": " + diagnostic.message(Locale.ENGLISH));
        this.diagnostic = diagnostic;
    }

    public Optional<Diagnostic> diagnostic() {
        return Optional.ofNullable(diagnostic);
    }
}
