package dev.planlint.catalog;

import java.util.Locale;

/**
 * A rule of the catalog, as declared in the front matter of its page {@code docs/rules/<id>.md}: the stable id,
 * the default severity, the concern it belongs to, its title and message template in English and Japanese, and the
 * page itself, which {@code planlint explain} prints.
 */
public record RuleInfo(String id, Severity severity, String concern, String titleEn, String titleJa,
                       String messageEn, String messageJa, String page) {

    public String title(Locale locale) {
        return isJapanese(locale) ? titleJa : titleEn;
    }

    public String messageTemplate(Locale locale) {
        return isJapanese(locale) ? messageJa : messageEn;
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
