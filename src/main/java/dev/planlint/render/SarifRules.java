package dev.planlint.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.planlint.catalog.Release;
import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code tool.driver.rules} of a SARIF run: every rule of the catalog (sorted by id), then the rules that
 * reported something but are not in the catalog (user rules, {@code unused-suppression}), then {@code input-error}
 * for problems with the input itself. Results point into this array by {@code ruleIndex}.
 */
final class SarifRules {

    static final String INPUT_ERROR = "input-error";

    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private final JsonArray descriptors = new JsonArray();

    SarifRules(RuleCatalog catalog, Report report, Locale locale, Release release) {
        catalog.rules().forEach(rule -> add(rule.id(), described(rule, locale, release)));
        TreeSet<String> others = new TreeSet<>();
        report.findings().stream().map(ReportedFinding::ruleId).filter(id -> !indexes.containsKey(id))
                .forEach(others::add);
        others.forEach(id -> add(id, undescribed(id)));
        add(INPUT_ERROR, inputError(locale));
    }

    JsonArray descriptors() {
        return descriptors;
    }

    int index(String ruleId) {
        return indexes.get(ruleId);
    }

    private void add(String id, JsonObject descriptor) {
        indexes.put(id, descriptors.size());
        descriptors.add(descriptor);
    }

    /**
     * A catalog rule with its title, what it checks, and its whole page as help, so a viewer shows the rule's text
     * offline; {@code helpUri} only where the build was given the address its pages are published under.
     */
    private static JsonObject described(RuleInfo rule, Locale locale, Release release) {
        JsonObject json = undescribed(rule.id());
        json.add("shortDescription", text(rule.title(locale)));
        json.add("fullDescription", text(whatItChecks(rule)));
        release.rulePage(rule.id()).ifPresent(page -> json.addProperty("helpUri", page));
        JsonObject help = text(rule.page());
        help.addProperty("markdown", rule.page());
        json.add("help", help);
        json.add("defaultConfiguration", level(SarifReportRenderer.level(rule.severity())));
        return json;
    }

    private static JsonObject undescribed(String id) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("name", pascalCase(id));
        return json;
    }

    private static JsonObject inputError(Locale locale) {
        JsonObject json = undescribed(INPUT_ERROR);
        json.add("shortDescription", text(Messages.text(locale, "sarif.inputError")));
        json.add("defaultConfiguration", level("error"));
        return json;
    }

    /** The first paragraph under "## What it checks" of the rule page, on one line; the title if there is none. */
    static String whatItChecks(RuleInfo rule) {
        String[] lines = rule.page().split("\n");
        StringBuilder paragraph = new StringBuilder();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (inSection) {
                    break;
                }
                inSection = line.strip().equals("## What it checks");
            } else if (inSection && line.isBlank() && paragraph.length() > 0) {
                break;
            } else if (inSection && !line.isBlank()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
            }
        }
        return paragraph.length() > 0 ? paragraph.toString() : rule.titleEn();
    }

    /** {@code weak-target} → {@code WeakTarget}. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.length() > 0 ? name.toString() : id;
    }

    private static JsonObject text(String text) {
        JsonObject json = new JsonObject();
        json.addProperty("text", text);
        return json;
    }

    private static JsonObject level(String level) {
        JsonObject json = new JsonObject();
        json.addProperty("level", level);
        return json;
    }
}
