package dev.planlint.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.planlint.catalog.Release;
import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.Severity;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.SourcePosition;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code --format sarif}: SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. Every finding is a
 * result (suppressed ones carry an in-source suppression with the written reason); problems with the input are
 * results of the rule {@code input-error}, so that they show where the file is, like findings.
 */
public final class SarifReportRenderer implements TextRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private final Locale locale;
    private final RuleCatalog catalog;
    private final boolean comparedWithBaseline;
    private final Release release;

    public SarifReportRenderer(RenderOptions options) {
        this(options, Release.current());
    }

    /** With another build's addresses: tests of what a build given a project site writes. */
    SarifReportRenderer(RenderOptions options, Release release) {
        this.locale = options.locale();
        this.catalog = options.catalog();
        this.comparedWithBaseline = options.comparedWithBaseline();
        this.release = release;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        out.println(JsonOutput.toJson(toJson(report)));
    }

    public JsonObject toJson(Report report) {
        SarifRules rules = new SarifRules(catalog, report, locale, release);
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "planlint");
        driver.addProperty("version", release.version());
        driver.addProperty("semanticVersion", release.version());
        release.site().ifPresent(site -> driver.addProperty("informationUri", site));
        driver.add("rules", rules.descriptors());
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonArray results = new JsonArray();
        report.diagnostics().forEach(diagnostic -> results.add(result(diagnostic, rules)));
        report.findings().forEach(finding -> results.add(result(finding, rules)));
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.addProperty("language", locale.getLanguage());
        run.addProperty("columnKind", "unicodeCodePoints");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return log;
    }

    private JsonObject result(ReportedFinding finding, SarifRules rules) {
        JsonObject json = result(finding.ruleId(), rules, level(finding.severity()), finding.message(locale),
                new SourcePosition(finding.subject().file(), finding.subject().line(), finding.subject().column()));
        finding.suppressedBecause().ifPresent(reason -> {
            JsonObject suppression = new JsonObject();
            suppression.addProperty("kind", "inSource");
            suppression.addProperty("justification", reason);
            JsonArray suppressions = new JsonArray();
            suppressions.add(suppression);
            json.add("suppressions", suppressions);
        });
        if (comparedWithBaseline) {
            json.addProperty("baselineState", finding.inBaseline() ? "unchanged" : "new");
        }
        return json;
    }

    private JsonObject result(Diagnostic diagnostic, SarifRules rules) {
        return result(SarifRules.INPUT_ERROR, rules, diagnostic.isError() ? "error" : "note",
                diagnostic.message(locale), diagnostic.position());
    }

    private static JsonObject result(String ruleId, SarifRules rules, String level, String message,
                                     SourcePosition position) {
        JsonObject json = new JsonObject();
        json.addProperty("ruleId", ruleId);
        json.addProperty("ruleIndex", rules.index(ruleId));
        json.addProperty("level", level);
        JsonObject text = new JsonObject();
        text.addProperty("text", message);
        json.add("message", text);
        JsonArray locations = new JsonArray();
        locations.add(location(position));
        json.add("locations", locations);
        return json;
    }

    private static JsonObject location(SourcePosition position) {
        JsonObject artifact = new JsonObject();
        String uri = ArtifactUri.of(position.file());
        artifact.addProperty("uri", uri);
        if (!ArtifactUri.isAbsolute(uri)) {
            artifact.addProperty("uriBaseId", SOURCE_ROOT);
        }
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        if (position.cell().isPresent()) {
            // A workbook is binary: a line and column would point into its zip. The cell is named as a logical
            // location, as SARIF does for places that are not text.
            JsonObject cell = new JsonObject();
            cell.addProperty("fullyQualifiedName", position.cell().get());
            cell.addProperty("kind", "element");
            JsonArray logical = new JsonArray();
            logical.add(cell);
            location.add("logicalLocations", logical);
            return location;
        }
        JsonObject region = new JsonObject();
        region.addProperty("startLine", Math.max(1, position.line()));
        region.addProperty("startColumn", Math.max(1, position.column()));
        physical.add("region", region);
        return location;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
