package dev.planlint.render;

import java.util.Locale;
import java.util.function.Function;

/** The formats of {@code planlint diff --format}, each with its renderer. */
public enum DiffFormat {
    TEXT(DiffTextRenderer::new),
    MARKDOWN(DiffMarkdownRenderer::new),
    HTML(DiffHtmlRenderer::new);

    private final Function<Locale, ReportRenderer> renderer;

    DiffFormat(Function<Locale, ReportRenderer> renderer) {
        this.renderer = renderer;
    }

    public ReportRenderer renderer(Locale locale) {
        return renderer.apply(locale);
    }
}
