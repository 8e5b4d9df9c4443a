package dev.planlint.render;

import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks that a page planlint wrote parses as planlint meant it: every tag is one the renderer writes, tags are
 * balanced, and every inline SVG is well-formed XML. A name that smuggled markup in would show up as an unknown
 * tag or an unbalanced one.
 */
final class HtmlStructure {

    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "header",
            "h1", "h2", "h3", "h4", "p", "ul", "li", "span", "section", "dl", "dt", "dd", "table", "thead", "tbody",
            "tr", "th", "td", "a", "div", "figure", "figcaption", "footer", "svg", "rect", "line", "text", "circle",
            "polyline");
    private static final Set<String> VOID = Set.of("meta");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*=\"[^\"<>]*\")*)\\s*(/?)>");
    private static final Pattern SVG = Pattern.compile("<svg xmlns.*?</svg>", Pattern.DOTALL);

    private HtmlStructure() {
    }

    static void assertWellFormed(String html) throws Exception {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        String body = html.substring("<!DOCTYPE html>\n".length());
        Deque<String> open = new ArrayDeque<>();
        int position = 0;
        while (true) {
            int next = body.indexOf('<', position);
            if (next < 0) {
                break;
            }
            Matcher tag = TAG.matcher(body);
            if (!tag.find(next) || tag.start() != next) {
                fail("not a tag planlint writes at offset %d: %s", next, excerpt(body, next));
            }
            String name = tag.group(2);
            assertThat(ELEMENTS).as("element <%s> at %s", name, excerpt(body, next)).contains(name);
            if (tag.group(1).isEmpty()) {
                if (tag.group(4).isEmpty() && !VOID.contains(name)) {
                    open.push(name);
                }
            } else {
                assertThat(open.peek()).as("closing </%s> at %s", name, excerpt(body, next)).isEqualTo(name);
                open.pop();
            }
            position = tag.end();
        }
        assertThat(open).as("elements left open").isEmpty();
        Matcher svg = SVG.matcher(html);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        while (svg.find()) {
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg.group())));
        }
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60));
    }
}
