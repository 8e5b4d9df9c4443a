package dev.planlint.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.Grading;
import dev.planlint.check.ReportedKpi;
import dev.planlint.check.PreviousKpiReview;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Subject;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.check.ReportedVision;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** {@code --format json}: the report in the documented, versioned schema (docs/json-format.md). */
public final class JsonReportRenderer implements TextRenderer {

    private final Locale locale;
    private final boolean compact;

    public JsonReportRenderer(Locale locale) {
        this(locale, false);
    }

    /** {@code compact}: without indentation and line breaks, the same content. */
    public JsonReportRenderer(Locale locale, boolean compact) {
        this.locale = locale;
        this.compact = compact;
    }

    /** One way of writing the document: a whole report is a stream of one part. */
    @Override
    public void render(Report report, PrintWriter out) {
        try (JsonReportStream stream = new JsonReportStream(locale, compact)) {
            stream.accept(stream.prepare(report));
            stream.finish(report.asOf(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject strategy(ReportedStrategy loaded) {
        JsonObject json = new JsonObject();
        json.addProperty("file", loaded.strategy().file());
        loaded.strategy().title().ifPresent(title -> json.addProperty("title", title.value()));
        loaded.strategy().period().ifPresent(period -> json.add("period", ModelJson.time(period.value())));
        loaded.predecessor().ifPresent(predecessor -> json.addProperty("predecessor",
                predecessor.file()));
        if (!loaded.previousReview().isEmpty()) {
            com.google.gson.JsonArray review = new com.google.gson.JsonArray();
            loaded.previousReview().forEach(row -> review.add(previousReview(row)));
            json.add("previousReview", review);
        }
        loaded.vision().ifPresent(vision -> json.add("populationVision", vision(vision)));
        return json;
    }

    /** One row of the previous-period review (docs/json-format.md, PreviousReview): exact figures, ids not words. */
    static JsonObject previousReview(PreviousKpiReview row) {
        JsonObject json = new JsonObject();
        json.addProperty("name", row.name());
        json.addProperty("level", row.level().name());
        json.addProperty("place", row.place().written());
        json.addProperty("line", row.kpi().position().line());
        json.addProperty("column", row.kpi().position().column());
        json.addProperty("baseline", row.kpi().baseline().written());
        json.addProperty("target", Figures.target(row.kpi().target()));
        row.latest().ifPresent(latest -> {
            JsonObject value = new JsonObject();
            value.addProperty("written", latest.written());
            value.add("baseValue", value(latest.value().baseValue()));
            value.addProperty("year", row.latestYear());
            value.addProperty("kind", row.latestKind().orElseThrow().name());
            json.add("latest", value);
        });
        row.achievementRate().ifPresent(rate -> json.add("achievementRate", value(rate)));
        row.grade().ifPresent(grade -> {
            json.addProperty("scheme", grade.scheme().id());
            json.addProperty("grade", grade.grade().toString());
            json.addProperty("onTrack", grade.onTrack());
            json.add("figure", value(grade.figure()));
        });
        row.notJudgeable().ifPresent(reason -> json.addProperty("notJudgeable", reason.id()));
        json.addProperty("fate", row.fate().name());
        com.google.gson.JsonArray successors = new com.google.gson.JsonArray();
        row.successors().forEach(successors::add);
        json.add("successors", successors);
        if (!row.mergedWith().isEmpty()) {
            com.google.gson.JsonArray merged = new com.google.gson.JsonArray();
            row.mergedWith().forEach(merged::add);
            json.add("mergedWith", merged);
        }
        row.dropReason().ifPresent(reason -> json.addProperty("dropReason", reason));
        return json;
    }

    /** The population vision as the reports show it: its targets, the newest actual, the path it was judged on. */
    private static JsonObject vision(ReportedVision vision) {
        JsonObject json = new JsonObject();
        com.google.gson.JsonArray targets = new com.google.gson.JsonArray();
        vision.targets().forEach(target -> targets.add(ModelJson.visionTarget(target)));
        json.add("targets", targets);
        vision.latest().ifPresent(latest -> json.add("latest", ModelJson.observation(latest)));
        vision.path().ifPresent(path -> {
            JsonObject on = new JsonObject();
            on.addProperty("targetYear", path.nextTarget().time().toYear());
            on.addProperty("pathValue", path.pathValue());
            on.addProperty("difference", path.difference());
            on.addProperty("differenceRate", path.differenceRate());
            on.addProperty("behind", path.isBehind());
            json.add("path", on);
        });
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

    static JsonObject status(ReportedKpi kpi) {
        Grading grade = kpi.grade().orElseThrow();
        JsonObject json = new JsonObject();
        json.add("location", location(kpi.subject()));
        json.add("subject", subject(kpi.subject()));
        json.addProperty("scheme", grade.scheme().id());
        json.addProperty("grade", grade.grade().toString());
        json.addProperty("onTrack", grade.onTrack());
        json.add("figure", value(grade.figure()));
        kpi.latest().ifPresent(latest -> {
            JsonObject value = new JsonObject();
            value.addProperty("written", latest.written());
            value.add("baseValue", value(latest.value().baseValue()));
            json.add("latest", value);
        });
        kpi.achievementRate().ifPresent(rate -> json.add("achievementRate", value(rate)));
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
        if (subject.kind() == Subject.Kind.KPI) {
            json.addProperty("level", KpiLevel.of(subject.place()).name());
            json.addProperty("place", subject.place().written());
        }
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
