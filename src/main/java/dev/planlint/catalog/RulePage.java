package dev.planlint.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a rule page: a front matter of {@code key: value} lines between two {@code ---} lines, then Markdown.
 * Values may be quoted with double quotes.
 */
public final class RulePage {

    private static final String FENCE = "---";

    private RulePage() {
    }

    public static RuleInfo parse(String page) {
        Map<String, String> fields = frontMatter(page);
        Severity severity = Severity.parse(required(fields, "severity"))
                .orElseThrow(() -> new IllegalStateException("unknown severity in rule page: " + fields));
        return new RuleInfo(required(fields, "id"), severity, required(fields, "concern"), required(fields, "title"),
                required(fields, "title.ja"), required(fields, "message"), required(fields, "message.ja"));
    }

    /** The page without its front matter. */
    public static String body(String page) {
        String[] parts = page.split("(?m)^---\\s*$", 3);
        return parts.length == 3 ? parts[2].strip() + "\n" : page;
    }

    static Map<String, String> frontMatter(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = page.split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new IllegalStateException("a rule page starts with a front matter between --- lines");
        }
        for (int i = 1; i < lines.length && !lines[i].strip().equals(FENCE); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).strip(), unquote(lines[i].substring(colon + 1).strip()));
            }
        }
        return fields;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("rule page without " + key + ": " + fields.get("id"));
        }
        return value;
    }
}
