package dev.planlint.cli;

import dev.planlint.diagnostic.Messages;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code --lang ja|en} (also {@code ja-JP}, {@code ja_JP.UTF-8}, {@code jp}, {@code en-US} …); without it, the
 * language the environment asks for (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them), read from the
 * variables themselves so that {@code LANG=ja_JP.UTF-8} gives Japanese even where that locale is not installed; then
 * the JVM's locale (on Windows, the user's display language). Japanese where the language is Japanese, else English.
 */
final class LanguageOption {

    private String language;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    private picocli.CommandLine.Model.CommandSpec spec;

    Locale locale() {
        return Messages.forLanguage(language != null ? language
                : fromEnvironment(System::getenv).orElse(Locale.getDefault().getLanguage()));
    }

    /** The language the first of LC_ALL, LC_MESSAGES and LANG that is set names; C and POSIX are English. */
    static Optional<String> fromEnvironment(Function<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.equals("C") || value.equals("POSIX") || value.startsWith("C.") ? "en"
                        : language(value).orElse("en"));
            }
        }
        return Optional.empty();
    }

    /** ja, ja-JP, ja_JP.UTF-8, jp, JA → ja; en, en-US, en_GB → en; anything else empty. */
    static Optional<String> language(String written) {
        String code = written.strip().toLowerCase(Locale.ROOT).split("[-_.@]", 2)[0];
        return Optional.ofNullable(Map.of("ja", "ja", "jp", "ja", "jpn", "ja", "en", "en", "eng", "en").get(code));
    }

    /** {@code --lang xx} was taken for English without a word; now it is a usage error. */
    @Option(names = "--lang", paramLabel = "ja|en",
            description = "Language of messages: ja or en (also ja-JP, jp, en-US …). Default: from LC_ALL, "
                    + "LC_MESSAGES or LANG, else the system's. メッセージの言語。")
    void setLanguage(String chosen) {
        language = language(chosen).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "--lang takes ja or en (or ja-JP, en-US …), not \"" + chosen + "\""));
    }
}
