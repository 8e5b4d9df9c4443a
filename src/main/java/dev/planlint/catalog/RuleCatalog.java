package dev.planlint.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalog of shipped rules, read from the rule pages packaged with planlint ({@code docs/rules/*.md}, listed in
 * {@code rules/index.txt} of the jar). The page is the single source of a rule's metadata and documentation.
 */
public final class RuleCatalog {

    private static final String PAGES = "dev/planlint/rules/";

    private final Map<String, RuleInfo> rules;

    private RuleCatalog(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    public static RuleCatalog shipped() {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (String id : resource(PAGES + "index.txt").lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList()) {
            RuleInfo info = RulePage.parse(resource(PAGES + id + ".md"));
            if (!info.id().equals(id)) {
                throw new IllegalStateException("rule page " + id + ".md declares id " + info.id());
            }
            rules.put(id, info);
        }
        return new RuleCatalog(rules);
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

}
