package dev.planlint.render;

/**
 * Escaping of every text that comes from a strategy (names, messages, file names) for the text, Markdown and HTML
 * outputs. Text a user wrote must stay inert: no terminal escape (ESC, OSC 8 links, BEL), no bidirectional override
 * that reorders what a reviewer reads (U+202E), no line a CI runner takes as a workflow command.
 */
final class Escape {

    private Escape() {
    }

    /**
     * Plain text for the text format and terminals: control characters (line breaks included, so one message stays
     * one line), bidirectional controls and line separators are shown as {@code \\u001B} (ESC), and {@code ##[}, which
     * GitHub's runner takes as a command anywhere in a line, loses its meaning.
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                out.append(visible(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replace("##[", "##\\[");
    }

    /**
     * A text that starts a line (a file name): as {@link #text}, and one that starts with {@code ::} (a workflow
     * command to GitHub's runner) is written {@code ./::…}, the same relative file.
     */
    static String lineStart(String text) {
        String escaped = text(text);
        return escaped.stripLeading().startsWith("::") ? "./" + escaped : escaped;
    }

    /** Characters that move the cursor, reorder text or start a terminal sequence. */
    static boolean isHidden(int c) {
        return Character.isISOControl(c) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
    }

    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    static String visible(int c) {
        return String.format(java.util.Locale.ROOT, "\\u%04X", c);
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
                    } else if (isBidiControl(c)) {
                        out.append(visible(c));
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
                default -> {
                    if (isBidiControl(c)) {
                        out.append(visible(c));
                    } else {
                        out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
                    }
                }
            }
        });
        return out.toString();
    }
}
