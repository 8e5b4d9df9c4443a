package dev.planlint.render;

import dev.planlint.CliRun;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with {@code <script>}, quotes, ampersands, {@code ::} and Markdown syntax come out as harmless text. */
class HostileNamesTest {

    static final String HOSTILE = GoldenFiles.FIXTURES.resolve("hostile-names.strategy").toString();


    @Test
    void htmlShowsTheNamesAsText() throws Exception {
        String html = CliRun.writing("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format", "html",
                HOSTILE).expectExit(0, 2).writtenText();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b>", "<i>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;kpi&#39;)&lt;/script&gt; &amp; &quot;KPI&quot;",
                "&lt;img src=x onerror=alert(1)&gt; &quot;goal&quot; &amp; &#39;more&#39; :: end");
        HtmlStructure.assertWellFormed(html);
    }

    @Test
    void markdownShowsTheNamesAsText() throws Exception {
        String markdown = CliRun.writing("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format",
                "markdown", HOSTILE).expectExit(0, 2).writtenText();
        assertThat(markdown).doesNotContain("<script", "<img", "<b>", "<i>")
                .doesNotContainPattern("(?<!\\\\)\\]\\(");
        assertThat(markdown).contains("&lt;script&gt;alert('kpi')&lt;/script&gt; &amp; \"KPI\"",
                "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\]", ":: 戦略 \\| ");
        // every table row keeps its columns: no unescaped | from a name
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| 1 | ")) {
                assertThat(unescapedPipe.matcher(line).results().count()).as(line).isEqualTo(9);
            }
        }
    }

    @Test
    void diffShowsTheNamesAsText() throws Exception {
        String html = CliRun.writing("diff", "--as-of", "2027-06-30", "--format", "html",
                GoldenFiles.FIXTURES.resolve("previous.strategy").toString(), HOSTILE).expectExit(0, 2).writtenText();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<b>", "<i>")
                .contains("&lt;b&gt;measure&lt;/b&gt; | pipe :: two", "`tick` &amp; &lt;i&gt;sub&lt;/i&gt;");
        HtmlStructure.assertWellFormed(html);
    }
}
