package dev.planlint.cli;

import dev.planlint.diagnostic.Messages;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --lang ja|en}; without it, Japanese when the machine's locale is Japanese and English otherwise. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "ja|en",
            description = "Language of messages: ja or en (default: from the locale).")
    private String language;

    Locale locale() {
        String chosen = language != null ? language : Locale.getDefault().getLanguage();
        return Messages.forLanguage(chosen);
    }
}
