package dev.planlint.render;

import dev.planlint.catalog.RuleCatalog;

import java.util.Locale;

/**
 * What renderers may need besides the report: the language, whether to colour, the rule catalog for metadata, and
 * whether the findings were compared with a baseline (--baseline), so that formats with a baseline state (SARIF) say
 * "new" or "unchanged" only when there was one to compare with.
 */
public record RenderOptions(Locale locale, boolean colour, RuleCatalog catalog, boolean comparedWithBaseline) {

    public RenderOptions(Locale locale, boolean colour, RuleCatalog catalog) {
        this(locale, colour, catalog, false);
    }
}
