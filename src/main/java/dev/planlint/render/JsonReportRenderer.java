package dev.planlint.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import dev.planlint.catalog.Severity;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.Grading;
import dev.planlint.check.ReportedKpi;
import dev.planlint.model.Subject;
import dev.planlint.check.ReportedStrategy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** {@code --format json}: the report in the documented, versioned schema (docs/json-format.md). */
public final class JsonReportRenderer implements TextRenderer {

    private final Locale locale;

    public JsonReportRenderer(Locale locale) {
        this.locale = locale;
    }


    /** Written element by element, so that a report of a whole country's plans is never held twice in memory. */
    @Override
    public void render(Report report, PrintWriter out) {
        try {
            JsonWriter json = JsonOutput.writer(out);
            json.beginObject();
            json.name("formatVersion").value(JsonOutput.FORMAT_VERSION);
            json.name("asOf").value(report.asOf().toString());
            JsonOutput.write(json.name("summary"), summary(report));
            array(json, "strategies", report.strategies(), JsonReportRenderer::strategy);
            array(json, "diagnostics", report.diagnostics(), diagnostic -> ModelJson.diagnostic(diagnostic, locale));
            array(json, "findings", report.findings(), JsonReportRenderer::finding);
            array(json, "kpiStatuses", report.gradedKpis(), JsonReportRenderer::status);
            json.endObject();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void array(JsonWriter json, String name, List<T> items, Function<T, JsonObject> toJson)
            throws IOException {
        json.name(name).beginArray();
        for (T item : items) {
            JsonOutput.write(json, toJson.apply(item));
        }
        json.endArray();
    }

    private static JsonObject summary(Report report) {
        JsonObject json = new JsonObject();
        json.addProperty("strategies", report.strategies().size());
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            json.addProperty(severity.label(), report.count(severity));
        }
        json.addProperty("suppressed", report.findings().stream().filter(ReportedFinding::isSuppressed).count());
        json.addProperty("inputErrors", report.diagnostics().stream().filter(d -> d.isError()).count());
        return json;
    }

    private static JsonObject strategy(ReportedStrategy loaded) {
        JsonObject json = new JsonObject();
        json.addProperty("file", loaded.strategy().file());
        loaded.strategy().title().ifPresent(title -> json.addProperty("title", title.value()));
        loaded.strategy().period().ifPresent(period -> json.add("period", ModelJson.time(period.value())));
        loaded.predecessor().ifPresent(predecessor -> json.addProperty("predecessor",
                predecessor.file()));
        return json;
    }

    public static JsonObject finding(ReportedFinding finding) {
        JsonObject json = new JsonObject();
        json.addProperty("rule", finding.ruleId());
        json.addProperty("severity", finding.severity().label());
        json.add("location", location(finding.subject()));
        json.add("subject", subject(finding.subject()));
        JsonObject message = new JsonObject();
        message.addProperty("en", finding.messageEn());
        message.addProperty("ja", finding.messageJa());
        json.add("message", message);
        json.add("figures", figures(finding.figures()));
        finding.suppressedBecause().ifPresent(reason -> json.addProperty("suppressedBecause", reason));
        json.addProperty("state", finding.inBaseline() ? "unchanged" : "new");
        return json;
    }

    private static JsonObject status(ReportedKpi kpi) {
        Grading grade = kpi.grade().orElseThrow();
        JsonObject json = new JsonObject();
        json.add("location", location(kpi.subject()));
        json.add("subject", subject(kpi.subject()));
        json.addProperty("scheme", grade.scheme().id());
        json.addProperty("grade", grade.grade().toString());
        json.addProperty("onTrack", grade.onTrack());
        json.add("figure", value(grade.figure()));
        return json;
    }

    private static JsonObject location(Subject subject) {
        JsonObject json = new JsonObject();
        json.addProperty("file", subject.file());
        json.addProperty("line", subject.line());
        json.addProperty("column", subject.column());
        return json;
    }

    private static JsonObject subject(Subject subject) {
        JsonObject json = new JsonObject();
        json.addProperty("kind", subject.kind().name());
        json.addProperty("name", subject.name());
        json.addProperty("goal", subject.goal());
        return json;
    }

    private static JsonObject figures(Map<String, Object> figures) {
        JsonObject json = new JsonObject();
        figures.forEach((name, value) -> json.add(name, value(value)));
        return json;
    }

    static JsonElement value(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof BigDecimal decimal) {
            return new JsonPrimitive(ModelJson.plain(decimal));
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        return new JsonPrimitive(value.toString());
    }
}
