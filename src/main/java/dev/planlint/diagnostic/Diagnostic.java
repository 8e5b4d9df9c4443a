package dev.planlint.diagnostic;

import dev.planlint.model.SourcePosition;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A problem with the input itself (syntax, references, files), as opposed to a finding about the strategy's content.
 * The message is looked up by {@code code} in the message bundle, in Japanese or English.
 */
public record Diagnostic(InputSeverity severity, SourcePosition position, String code, List<Object> arguments) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        arguments = List.copyOf(arguments);
    }

    public static Diagnostic error(SourcePosition position, String code, Object... arguments) {
        return new Diagnostic(InputSeverity.ERROR, position, code, List.of(arguments));
    }

    public static Diagnostic notice(SourcePosition position, String code, Object... arguments) {
        return new Diagnostic(InputSeverity.NOTICE, position, code, List.of(arguments));
    }

    public boolean isError() {
        return severity == InputSeverity.ERROR;
    }

    public String message(Locale locale) {
        Object[] localized = arguments.stream()
                .map(argument -> argument instanceof Term term ? Messages.text(locale, "term." + term.key()) : argument)
                .toArray();
        return Messages.format(locale, "diagnostic." + code, localized);
    }

    /** An argument that is itself a word to translate, such as "the end of the line". */
    public record Term(String key) {
    }
}
