package dev.planlint.catalog;

import java.util.Locale;

/**
 * A rule of the catalog, as declared in the front matter of its page {@code docs/rules/<id>.md}: the stable id,
 * the default severity, the concern it belongs to, and its title and message template in English and Japanese. The
 * page itself, which {@code planlint explain} prints, is read only when asked for.
 */
public record RuleInfo(String id, Severity severity, String concern, String titleEn, String titleJa,
                       String messageEn, String messageJa) {

    public String title(Locale locale) {
        return isJapanese(locale) ? titleJa : titleEn;
    }

    public String messageTemplate(Locale locale) {
        return isJapanese(locale) ? messageJa : messageEn;
    }

    /** The rule's page without its front matter, read from the jar. */
    public String page() {
        return RulePage.body(RuleCatalog.pageText(id));
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
