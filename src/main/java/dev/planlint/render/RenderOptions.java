package dev.planlint.render;

import dev.planlint.catalog.RuleCatalog;

import java.util.Locale;

/** What renderers may need besides the report: the language, whether to colour, the rule catalog for metadata. */
public record RenderOptions(Locale locale, boolean colour, RuleCatalog catalog) {
}
