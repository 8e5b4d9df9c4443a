package dev.planlint.cli;

import java.util.Locale;

/**
 * The language of {@code --help}, decided before picocli builds its model (the help text is set with it): a
 * {@code --lang} among the arguments, else the environment, as for every other message ({@link LanguageOption}).
 */
final class HelpLanguage {

    private HelpLanguage() {
    }

    /** Only help reads the help texts: a check starts without them. */
    static boolean asksForHelp(String... args) {
        if (args.length == 0) {
            return true;
        }
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                return true;
            }
        }
        return false;
    }

    static boolean isJapanese(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return LanguageOption.language(args[i + 1]).orElse("en").equals("ja");
            }
            if (args[i].startsWith("--lang=")) {
                return LanguageOption.language(args[i].substring("--lang=".length())).orElse("en").equals("ja");
            }
        }
        return LanguageOption.fromEnvironment(System::getenv).orElse(Locale.getDefault().getLanguage()).equals("ja");
    }
}
