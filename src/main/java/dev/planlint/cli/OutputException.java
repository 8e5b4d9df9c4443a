package dev.planlint.cli;

import dev.planlint.diagnostic.Messages;

import java.io.IOException;
import java.util.Locale;

/** An output that was refused or could not be written, said in the user's language. */
final class OutputException extends IOException {

    private final String key;
    private final transient Object[] arguments;

    OutputException(String key, Object... arguments) {
        super(Messages.format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    String message(Locale locale) {
        return Messages.format(locale, key, arguments);
    }
}
