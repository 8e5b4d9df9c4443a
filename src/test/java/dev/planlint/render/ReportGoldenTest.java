package dev.planlint.render;

import dev.planlint.CliRun;

import dev.planlint.check.Report;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown and HTML reports and diffs against golden files: a fixture with actuals, an empty report, input errors. */
class ReportGoldenTest {

    static final String TOWN = GoldenFiles.FIXTURES.resolve("town.strategy").toString();
    static final String PREVIOUS = GoldenFiles.FIXTURES.resolve("previous.strategy").toString();
    static final String BROKEN = GoldenFiles.FIXTURES.resolve("broken.strategy").toString();


    private String check(String format, String language, String file) throws IOException {
        return CliRun.writing("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format", format, "--lang",
                language, file).expectExit(0, 2).writtenText();
    }

    @Test
    void markdownOfTheTownInJapanese() throws IOException {
        GoldenFiles.assertMatches(check("markdown", "ja", TOWN), "town.ja.md");
    }

    @Test
    void markdownOfTheTownInEnglish() throws IOException {
        GoldenFiles.assertMatches(check("markdown", "en", TOWN), "town.en.md");
    }

    @Test
    void htmlOfTheTownInJapanese() throws IOException {
        GoldenFiles.assertMatches(check("html", "ja", TOWN), "town.ja.html");
    }

    @Test
    void htmlOfTheTownInEnglish() throws IOException {
        GoldenFiles.assertMatches(check("html", "en", TOWN), "town.en.html");
    }

    /**
     * The fictional strategy that uses every notation, with its population vision (人口ビジョン: target, newest actual,
     * the path's value, what population-behind-vision found) in the text, Markdown and HTML reports.
     */
    @Test
    void everyNotationAndThePopulationVision() throws IOException {
        String full = "strategies/examples/fictional-full.strategy";
        GoldenFiles.assertMatches(CliRun.writing("check", "--as-of", "2026-11-29", "--fail-on", "never", "--lang",
                "en", full).expectExit(0).writtenText(), "fictional-full.en.txt");
        GoldenFiles.assertMatches(check("markdown", "ja", full), "fictional-full.ja.md");
        GoldenFiles.assertMatches(check("html", "en", full), "fictional-full.en.html");
    }

    @Test
    void inputErrors() throws IOException {
        GoldenFiles.assertMatches(check("markdown", "en", BROKEN), "broken.en.md");
        GoldenFiles.assertMatches(check("html", "en", BROKEN), "broken.en.html");
    }

    @Test
    void emptyReport() throws IOException {
        Report empty = new Report(LocalDate.of(2027, 6, 30), List.of(), List.of(), List.of(), List.of(),
                Map.of());
        GoldenFiles.assertMatches(render(new MarkdownReportRenderer(Locale.ENGLISH), empty), "empty.en.md");
        GoldenFiles.assertMatches(render(new HtmlReportRenderer(Locale.ENGLISH), empty), "empty.en.html");
    }

    @Test
    void diffInMarkdownAndHtml() throws IOException {
        GoldenFiles.assertMatches(CliRun.writing("diff", "--as-of", "2027-06-30", "--lang", "ja", "--format",
                "markdown", PREVIOUS, TOWN).expectExit(0, 2).writtenText(), "diff.ja.md");
        GoldenFiles.assertMatches(CliRun.writing("diff", "--as-of", "2027-06-30", "--lang", "ja", "--format",
                "html", PREVIOUS, TOWN).expectExit(0, 2).writtenText(), "diff.ja.html");
    }

    @Test
    void sameInputSameBytes() throws IOException {
        assertThat(check("html", "ja", TOWN)).isEqualTo(check("html", "ja", TOWN));
        assertThat(check("markdown", "ja", TOWN)).isEqualTo(check("markdown", "ja", TOWN));
    }

    @Test
    void theHtmlReportNeedsNothingFromOutside() throws Exception {
        HtmlStructure.assertWellFormed(check("html", "en", TOWN));
        HtmlStructure.assertWellFormed(check("html", "en", BROKEN));
        String html = check("html", "ja", TOWN).replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(html).doesNotContain("<script", "<link", "http://", "https://", "src=", "@import");
        assertThat(html).contains("@page { size: A4", "break-inside: avoid");
        assertThat(html.split("<svg class=\"chart\"", -1)).hasSize(1 + 4);
    }

    @Test
    void numbersDoNotDependOnTheDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        String usual = check("html", "en", TOWN);
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(check("html", "en", TOWN)).isEqualTo(usual);
        } finally {
            Locale.setDefault(saved);
        }
    }

    static String render(ReportRenderer renderer, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
