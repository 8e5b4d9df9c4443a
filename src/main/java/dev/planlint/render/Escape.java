package dev.planlint.render;

/** Escaping of every text that comes from a strategy (names, messages, file names) for Markdown and HTML output. */
final class Escape {

    private Escape() {
    }

    /** HTML text and attribute values: {@code & < > " '} become entities; control characters other than tab become spaces. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c != '\n' && c != '\t' && Character.isISOControl(c)) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Markdown inline text, also safe inside a table cell: the characters Markdown gives a meaning to are
     * backslash-escaped, {@code <} and {@code >} become entities (no HTML passes through), line breaks become spaces.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '#', '!', '~' -> out.append('\\').appendCodePoint(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r', '\n' -> out.append(' ');
                default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            }
        });
        return out.toString();
    }
}
