package dev.planlint.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalog of shipped rules. The rule pages ({@code docs/rules/*.md}) are the single source of a rule's metadata
 * and documentation; the build compiles their front matter into one small table, {@code rules/catalog.tsv} of the
 * jar (see {@code dev.planlint.build.RulePageIndex}), so that a check reads one resource instead of every page, and
 * a page is read only when it is shown.
 */
public final class RuleCatalog {

    private static final String PAGES = "dev/planlint/rules/";
    /** The columns of {@code catalog.tsv}, in order. */
    public static final List<String> COLUMNS = List.of("id", "severity", "concern", "title", "title.ja", "message",
            "message.ja");

    private final Map<String, RuleInfo> rules;

    private RuleCatalog(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** The shipped rules, read once per run. */
    public static RuleCatalog shipped() {
        return Shipped.CATALOG;
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule, sorted by id. */
    public Collection<RuleInfo> rules() {
        return rules.values();
    }

    /** Rules grouped by their concern, both sorted. */
    public Map<String, java.util.List<RuleInfo>> byConcern() {
        Map<String, java.util.List<RuleInfo>> groups = new TreeMap<>();
        rules.values().forEach(rule -> groups.computeIfAbsent(rule.concern(), concern -> new java.util.ArrayList<>())
                .add(rule));
        return groups;
    }

    /** One line of {@code catalog.tsv}: the front matter of {@code rule}'s page, tab-separated. */
    public static String tableLine(RuleInfo rule) {
        return String.join("\t", rule.id(), rule.severity().label(), rule.concern(), rule.titleEn(), rule.titleJa(),
                rule.messageEn(), rule.messageJa());
    }

    static String pageText(String id) {
        return resource(PAGES + id + ".md");
    }

    private static RuleCatalog read() {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (String line : resource(PAGES + "catalog.tsv").split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] field = line.split("\t", -1);
            if (field.length != COLUMNS.size()) {
                throw new IllegalStateException("catalog.tsv: a line of " + field.length + " fields: " + line);
            }
            Severity severity = Severity.parse(field[1])
                    .orElseThrow(() -> new IllegalStateException("catalog.tsv: unknown severity: " + line));
            rules.put(field[0], new RuleInfo(field[0], severity, field[2], field[3], field[4], field[5], field[6]));
        }
        return new RuleCatalog(rules);
    }

    private static String resource(String name) {
        try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read on first use, by the class loader's lock, once. */
    private static final class Shipped {
        static final RuleCatalog CATALOG = read();
    }
}
