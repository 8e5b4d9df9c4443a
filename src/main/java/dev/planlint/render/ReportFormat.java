package dev.planlint.render;

import java.util.function.Function;

/** The formats of {@code planlint check --format}, each with its renderer class. */
public enum ReportFormat {
    TEXT(options -> new TextReportRenderer(options.locale(), options.colour())),
    JSON(options -> new JsonReportRenderer(options.locale())),
    MARKDOWN(options -> new MarkdownReportRenderer(options.locale())),
    HTML(options -> new HtmlReportRenderer(options.locale())),
    XLSX(options -> new XlsxReportRenderer(options.locale())),
    // Lambdas, not method references: a method reference loads its class when the enum is made, a lambda when it runs.
    SARIF(options -> new SarifReportRenderer(options)),
    JUNIT(options -> new JUnitReportRenderer(options.locale(), options.catalog())),
    GITHUB(options -> new GithubReportRenderer(options.locale()));

    private final Function<RenderOptions, ReportRenderer> renderer;

    ReportFormat(Function<RenderOptions, ReportRenderer> renderer) {
        this.renderer = renderer;
    }

    public ReportRenderer renderer(RenderOptions options) {
        return renderer.apply(options);
    }
}
