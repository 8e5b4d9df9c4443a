package dev.planlint.diagnostic;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Japanese and English texts, from {@code messages.properties} (English) and {@code messages_ja.properties}. */
public final class Messages {

    private static final String BUNDLE = "dev.planlint.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        MessageFormat format = new MessageFormat(text(locale, key), locale);
        return format.format(arguments);
    }

    public static String text(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /**
     * A kind, grade or scheme in the words of {@code locale} (同じ名称, 要改善, 多摩市方式): an enum constant reads
     * {@code figure.<Type>.<NAME>} from the message files. Empty for other values and for constants without words.
     */
    public static Optional<String> words(Locale locale, Object value) {
        if (!(value instanceof Enum<?> constant)) {
            return Optional.empty();
        }
        String key = "figure." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        String text = text(locale, key);
        return text.equals(key) ? Optional.empty() : Optional.of(text);
    }

    /**
     * How two periods' items were matched, in the words of {@code locale}: 同じ名称, "3 shared KPIs, 1 shared measure",
     * 共通のKPI3件・施策1件.
     */
    public static String basis(Locale locale, dev.planlint.model.MatchBasis basis) {
        if (basis.kind() == dev.planlint.model.MatchBasis.Kind.SMALL_EDIT) {
            // A number, so that the English message says "1 character" or "3 characters".
            return format(locale, "diff.basis.SMALL_EDIT", Integer.valueOf(basis.detail()));
        }
        if (basis.kind() != dev.planlint.model.MatchBasis.Kind.SHARED_CONTENT) {
            return format(locale, "diff.basis." + basis.kind().name(), basis.detail());
        }
        int[] shared = basis.shared();
        String[] keys = {"diff.basis.shared.kpis", "diff.basis.shared.measures", "diff.basis.shared.subMeasures"};
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] > 0) {
                parts.add(format(locale, keys[i], shared[i]));
            }
        }
        return format(locale, "diff.basis.SHARED_CONTENT", String.join(text(locale, "diff.basis.shared.separator"),
                parts));
    }

    /** Japanese for a Japanese locale, English for every other. */
    public static Locale forLanguage(String language) {
        return "ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
