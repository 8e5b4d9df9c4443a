package dev.planlint.cli;

import dev.planlint.diagnostic.Messages;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --lang ja|en}; without it, Japanese when the machine's locale is Japanese and English otherwise. */
final class LanguageOption {

    private String language;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    private picocli.CommandLine.Model.CommandSpec spec;

    Locale locale() {
        String chosen = language != null ? language : Locale.getDefault().getLanguage();
        return Messages.forLanguage(chosen);
    }

    /** {@code --lang xx} was taken for English without a word; now it is a usage error. */
    @Option(names = "--lang", paramLabel = "ja|en",
            description = "Language of messages: ja or en (default: from the locale).")
    void setLanguage(String chosen) {
        if (!chosen.equals("ja") && !chosen.equals("en")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang takes ja or en, not \"" + chosen + "\"");
        }
        language = chosen;
    }
}
