package dev.planlint.render;

import dev.planlint.model.Baseline;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.Numbering;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Target;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.VisionTarget;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code planlint show}: the model as an indented outline, with every figure read back in base units. */
public final class OutlineRenderer {

    private final PrintWriter out;

    public OutlineRenderer(PrintWriter out) {
        this.out = out;
    }

    public void render(Strategy strategy) {
        out.println(strategy.title().map(title -> title.value()).orElse(strategy.file()));
        strategy.municipality().ifPresent(municipality -> out.println("  自治体: " + municipality.value()));
        strategy.period().ifPresent(period -> out.println("  計画期間: " + period.value().written() + " = FY"
                + period.value().fromYear() + "–FY" + period.value().toYear()));
        strategy.status().ifPresent(status -> out.println("  状態: " + status.value()));
        strategy.vision().ifPresent(vision -> out.println("  目指す姿: " + vision.value()));
        strategy.predecessorFile().ifPresent(file -> out.println("  前期戦略: " + file.value()));
        strategy.priorities().forEach(priority -> out.println("  重点戦略 " + Numbering.measureMarker(
                priority.number()) + " " + priority.name()));
        renderVision(strategy);
        if (!strategy.overallTargets().isEmpty()) {
            out.println("全体目標指標");
            strategy.overallTargets().forEach(this::renderKpi);
        }
        strategy.goals().forEach(this::renderGoal);
    }

    private void renderVision(Strategy strategy) {
        var vision = strategy.populationVision();
        renderVisionTargets("合計特殊出生率", vision.fertility());
        vision.migration().forEach(migration -> out.println("  人口移動率: " + year(migration.time()) + " "
                + migration.changes().stream()
                .map(change -> change.label() + " " + change.change().written() + (change.increase() ? "増" : "減"))
                .collect(Collectors.joining(" / "))));
        renderVisionTargets("人口の将来目標", vision.population());
        vision.populationActuals().forEach(actual -> out.println("    実績 " + observation(actual)));
        vision.impacts().forEach(impact -> out.println("  影響度 " + impact.kind() + ": " + impact.level()));
    }

    private void renderVisionTargets(String label, List<VisionTarget> targets) {
        if (targets.isEmpty()) {
            return;
        }
        out.println("  " + label + ": " + targets.stream()
                .map(target -> year(target.time()) + " " + target.label().map(l -> l + " ").orElse("")
                        + figure(target.value()))
                .collect(Collectors.joining(" / ")));
    }

    private void renderGoal(BasicGoal goal) {
        out.println("【基本目標" + goal.number() + "】" + goal.name() + "  (" + goal.position().line() + "行)");
        goal.kpis().forEach(this::renderKpi);
        goal.dropped().forEach(dropped -> out.println("  廃止指標 " + dropped.name() + ": " + dropped.reason()));
        goal.measures().forEach(this::renderMeasure);
    }

    private void renderMeasureKpi(Kpi kpi, String indent) {
        out.println(indent + "KPI (" + kpi.place().written() + ")");
        renderKpi(kpi, indent);
    }

    private void renderKpi(Kpi kpi) {
        renderKpi(kpi, "  ");
    }

    private void renderKpi(Kpi kpi, String indent) {
        out.println(indent + "・" + kpi.name() + ": " + baseline(kpi.baseline()) + " → " + target(kpi.target())
                + " [" + kpi.direction() + "]");
        kpi.actuals().forEach(actual -> out.println(indent + "    実績 " + observation(actual)));
        kpi.link().ifPresent(link -> out.println(indent + "    前期指標 " + link.kind() + " "
                + String.join("、", link.previousNames())));
    }

    private void renderMeasure(Measure measure) {
        out.println("  " + Numbering.measureMarker(measure.number()) + measure.name());
        measure.kpis().forEach(kpi -> renderMeasureKpi(kpi, "    "));
        measure.subMeasures().forEach(this::renderSubMeasure);
    }

    private void renderSubMeasure(SubMeasure sub) {
        String relisted = sub.relisting().map(relisting -> "（再掲" + relisting.original()
                .map(ref -> "：" + ref.written())
                .orElse("") + "）").orElse("");
        out.println("    " + Numbering.subMeasureMarker(sub.number()) + sub.name() + relisted);
        sub.kpis().forEach(kpi -> renderMeasureKpi(kpi, "      "));
    }

    private static String baseline(Baseline baseline) {
        return baseline instanceof Observation observation ? observation(observation) : baseline.written();
    }

    private static String observation(Observation observation) {
        return figure(observation.value()) + " (" + time(observation.time()) + ")";
    }

    private static String target(Target target) {
        String bound = switch (target.bound()) {
            case AT_LEAST -> " 以上";
            case AT_MOST -> " 以下";
            case POINT -> "";
        };
        String figure = target.level().map(OutlineRenderer::figure).orElse(target.figure().written());
        return figure + bound + " (" + time(target.time()) + ")";
    }

    private static String figure(Quantity quantity) {
        String base = ModelJson.plain(quantity.baseValue()).toPlainString() + quantity.unit();
        return quantity.multiplierExponent() == 0 ? base : quantity.written() + " = " + base;
    }

    private static String time(TimeSpec time) {
        String years = time.isRange() ? time.fromYear() + "–" + time.toYear() : String.valueOf(time.fromYear());
        return time.written() + " = " + time.kind() + " " + years
                + (time.aggregate() == dev.planlint.model.Aggregate.POINT ? "" : " " + time.aggregate());
    }

    private static String year(TimeSpec time) {
        return time.written() + " = " + time.fromYear();
    }
}
