package dev.planlint.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Baseline;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.ImpactLevel;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.MigrationChange;
import dev.planlint.model.MigrationTarget;
import dev.planlint.model.NoBaseline;
import dev.planlint.model.Numbering;
import dev.planlint.model.Observation;
import dev.planlint.model.PopulationVision;
import dev.planlint.model.Quantity;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Target;
import dev.planlint.model.TargetFigure;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.VisionTarget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The model as JSON, in the documented schema (docs/json-format.md). Field order is fixed, so output is stable. */
public final class ModelJson {

    private ModelJson() {
    }

    public static JsonObject strategy(Strategy strategy) {
        JsonObject json = new JsonObject();
        json.addProperty("file", strategy.file());
        strategy.title().ifPresent(title -> json.addProperty("title", title.value()));
        strategy.municipality().ifPresent(municipality -> json.addProperty("municipality", municipality.value()));
        strategy.period().ifPresent(period -> json.add("period", time(period.value())));
        strategy.extendedPeriod().ifPresent(period -> json.add("extendedPeriod", time(period.value())));
        strategy.declaredYearKind().ifPresent(kind -> json.addProperty("yearKind", kind.value().name()));
        strategy.status().ifPresent(status -> json.addProperty("status", status.value().name()));
        strategy.vision().ifPresent(vision -> json.addProperty("vision", vision.value()));
        strategy.predecessorFile().ifPresent(file -> json.addProperty("predecessorFile", file.value()));
        strategy.evaluationScheme().ifPresent(scheme -> json.addProperty("evaluationScheme", scheme.value()));
        json.add("priorities", array(strategy.priorities(), priority -> {
            JsonObject item = positioned(priority.position());
            item.addProperty("number", priority.number());
            item.addProperty("name", priority.name());
            return item;
        }));
        json.add("populationVision", populationVision(strategy.populationVision()));
        json.add("overallTargets", array(strategy.overallTargets(), ModelJson::kpi));
        json.add("goals", array(strategy.goals(), ModelJson::goal));
        return json;
    }

    public static JsonObject diagnostic(Diagnostic diagnostic, Locale locale) {
        JsonObject json = position(diagnostic.position());
        json.addProperty("severity", diagnostic.severity().name().toLowerCase(Locale.ROOT));
        json.addProperty("code", diagnostic.code());
        json.addProperty("message", diagnostic.message(locale));
        return json;
    }

    private static JsonObject populationVision(PopulationVision vision) {
        JsonObject json = new JsonObject();
        json.add("fertility", array(vision.fertility(), ModelJson::visionTarget));
        json.add("migration", array(vision.migration(), ModelJson::migration));
        json.add("population", array(vision.population(), ModelJson::visionTarget));
        json.add("impacts", array(vision.impacts(), ModelJson::impact));
        json.add("populationActuals", array(vision.populationActuals(), ModelJson::observation));
        return json;
    }

    static JsonObject visionTarget(VisionTarget target) {
        JsonObject json = positioned(target.position());
        json.add("time", time(target.time()));
        json.add("value", quantity(target.value()));
        target.label().ifPresent(label -> json.addProperty("label", label));
        return json;
    }

    private static JsonObject migration(MigrationTarget target) {
        JsonObject json = positioned(target.position());
        json.add("time", time(target.time()));
        json.add("changes", array(target.changes(), ModelJson::migrationChange));
        return json;
    }

    private static JsonObject migrationChange(MigrationChange change) {
        JsonObject json = positioned(change.position());
        json.addProperty("label", change.label());
        json.add("change", quantity(change.change()));
        json.addProperty("increase", change.increase());
        return json;
    }

    private static JsonObject impact(ImpactLevel impact) {
        JsonObject json = positioned(impact.position());
        json.addProperty("kind", impact.kind().name());
        json.addProperty("level", impact.level());
        return json;
    }

    private static JsonObject goal(BasicGoal goal) {
        JsonObject json = positioned(goal.position());
        json.addProperty("number", goal.number());
        json.addProperty("name", goal.name());
        json.add("kpis", array(goal.kpis(), ModelJson::kpi));
        json.add("measures", array(goal.measures(), ModelJson::measure));
        json.add("dropped", array(goal.dropped(), dropped -> {
            JsonObject item = positioned(dropped.position());
            item.addProperty("name", dropped.name());
            item.addProperty("reason", dropped.reason());
            return item;
        }));
        json.add("suppressions", array(goal.suppressions(), ModelJson::suppression));
        return json;
    }

    private static JsonObject kpi(Kpi kpi) {
        JsonObject json = positioned(kpi.position());
        json.addProperty("name", kpi.name());
        json.addProperty("level", kpi.level().name());
        kpi.series().ifPresent(series -> {
            JsonObject item = new JsonObject();
            item.addProperty("kpiName", series.kpiName());
            item.addProperty("label", series.label());
            json.add("series", item);
        });
        json.addProperty("place", kpi.place().written());
        kpi.id().ifPresent(id -> json.addProperty("id", id));
        json.add("baseline", baseline(kpi.baseline()));
        json.add("target", target(kpi.target()));
        json.addProperty("direction", kpi.direction().name());
        json.add("actuals", array(kpi.actuals(), ModelJson::observation));
        kpi.link().ifPresent(link -> {
            JsonObject item = positioned(link.position());
            item.addProperty("kind", link.kind().name());
            item.addProperty("previousName", link.previousName());
            JsonArray names = new JsonArray();
            link.previousNames().forEach(names::add);
            item.add("previousNames", names);
            json.add("previous", item);
        });
        kpi.definition().ifPresent(definition -> json.addProperty("definition", definition));
        json.add("suppressions", array(kpi.suppressions(), ModelJson::suppression));
        return json;
    }

    private static JsonObject suppression(dev.planlint.model.Suppression suppression) {
        JsonObject json = positioned(suppression.position());
        json.addProperty("rule", suppression.ruleId());
        json.addProperty("reason", suppression.reason());
        return json;
    }

    static JsonObject observation(Observation observation) {
        JsonObject json = positioned(observation.position());
        json.add("value", quantity(observation.value()));
        json.add("time", time(observation.time()));
        if (observation.increment()) {
            json.addProperty("increment", true);
        }
        return json;
    }

    /** A measured baseline as an observation; none (新規, －) as {@code "none": true} with the mark as written. */
    private static JsonObject baseline(Baseline baseline) {
        if (baseline instanceof Observation observation) {
            return observation(observation);
        }
        NoBaseline none = (NoBaseline) baseline;
        JsonObject json = positioned(none.position());
        json.addProperty("none", true);
        json.addProperty("written", none.mark());
        none.time().ifPresent(time -> json.add("time", time(time)));
        return json;
    }

    private static JsonObject target(Target target) {
        JsonObject json = positioned(target.position());
        TargetFigure figure = target.figure();
        if (figure instanceof TargetFigure.Level level) {
            json.add("value", quantity(level.value()));
        } else if (figure instanceof TargetFigure.Change change) {
            JsonObject item = new JsonObject();
            item.addProperty("kind", change.kind().name());
            item.addProperty("amount", plain(change.amount()));
            item.addProperty("sign", change.sign());
            json.add("change", item);
        } else if (figure instanceof TargetFigure.AtBaseline atBaseline) {
            json.addProperty("baseline", atBaseline.keep() ? "KEEP" : "AS_WRITTEN");
        } else if (figure instanceof TargetFigure.Trend trend) {
            json.addProperty("trend", trend.sign() > 0 ? "INCREASE" : "DECREASE");
        }
        if (!(target.figure() instanceof TargetFigure.Level)) {
            json.addProperty("written", target.figure().written());
        }
        json.addProperty("bound", target.bound().name());
        json.add("time", time(target.time()));
        return json;
    }

    private static JsonObject measure(Measure measure) {
        JsonObject json = positioned(measure.position());
        json.addProperty("number", measure.number());
        json.addProperty("marker", Numbering.measureMarker(measure.number()));
        json.addProperty("name", measure.name());
        json.add("kpis", array(measure.kpis(), ModelJson::kpi));
        json.add("subMeasures", array(measure.subMeasures(), ModelJson::subMeasure));
        return json;
    }

    private static JsonObject subMeasure(SubMeasure sub) {
        JsonObject json = positioned(sub.position());
        json.addProperty("number", sub.number());
        json.addProperty("marker", Numbering.subMeasureMarker(sub.number()));
        json.addProperty("name", sub.name());
        sub.relisting().ifPresent(relisting -> {
            JsonObject item = positioned(relisting.position());
            relisting.original().ifPresent(original -> {
                item.addProperty("goal", original.goal());
                item.addProperty("measure", original.measure());
                item.addProperty("subMeasure", original.subMeasure());
            });
            json.add("relisted", item);
        });
        json.add("kpis", array(sub.kpis(), ModelJson::kpi));
        return json;
    }

    public static JsonObject quantity(Quantity quantity) {
        JsonObject json = new JsonObject();
        json.addProperty("written", quantity.written());
        json.addProperty("amount", plain(quantity.amount()));
        json.addProperty("multiplierExponent", quantity.multiplierExponent());
        json.addProperty("unit", quantity.unit());
        json.addProperty("baseValue", plain(quantity.baseValue()));
        if (quantity.approximate()) {
            json.addProperty("approximate", true);
        }
        return json;
    }

    public static JsonObject time(TimeSpec time) {
        JsonObject json = new JsonObject();
        json.addProperty("written", time.written());
        json.addProperty("kind", time.kind().name());
        json.addProperty("fromYear", time.fromYear());
        json.addProperty("toYear", time.toYear());
        json.addProperty("aggregate", time.aggregate().name());
        time.date().ifPresent(date -> {
            json.addProperty("date", date.date().toString());
            json.addProperty("datePrecision", date.precision().name());
        });
        return json;
    }

    /** Exact decimals as JSON numbers, never in exponent notation. */
    public static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static JsonObject positioned(SourcePosition position) {
        JsonObject json = new JsonObject();
        json.addProperty("line", position.line());
        json.addProperty("column", position.column());
        return json;
    }

    private static JsonObject position(SourcePosition position) {
        JsonObject json = new JsonObject();
        json.addProperty("file", position.file());
        json.addProperty("line", position.line());
        json.addProperty("column", position.column());
        position.sheet().ifPresent(sheet -> json.addProperty("sheet", sheet));
        position.cell().ifPresent(cell -> json.addProperty("cell", cell));
        return json;
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonObject> toJson) {
        JsonArray array = new JsonArray();
        items.forEach(item -> array.add(toJson.apply(item)));
        return array;
    }
}
