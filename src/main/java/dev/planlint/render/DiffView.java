package dev.planlint.render;

import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.KpiLink;
import dev.planlint.model.StructureChange;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.Numbering;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.ImpactKind;
import dev.planlint.model.ImpactLevel;
import dev.planlint.model.MigrationTarget;
import dev.planlint.model.Strategy;
import dev.planlint.model.VisionTarget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two periods side by side as rows, the way the city's diagram shows them, each with its change marked; shared
 * by the text, Markdown and HTML renderers of {@code planlint diff}. It only arranges what the linker and the rules
 * produced.
 */
public final class DiffView {

    /** One goal, measure or sub-measure of the new period, or a removed one of the old. */
    public record StructureRow(int depth, String place, String name, String change, String note) {
    }

    /** One KPI of either period with both periods' figures and the old target's outcome, if the rules judged it. */
    public record KpiRow(String name, String link, String previousFigures, String currentFigures, String outcome) {
    }

    /** One line of the header of both periods: its label, what the previous and the current strategy write. */
    public record SideBySide(String label, String previous, String current) {
    }

    private final Locale locale;

    public DiffView(Locale locale) {
        this.locale = locale;
    }

    public List<StructureRow> structure(PeriodComparison comparison) {
        Map<SourcePosition, StructureChange> byPosition = new HashMap<>();
        comparison.links().structure().forEach(change -> change.currentItems()
                .forEach(address -> byPosition.put(address.position(), change)));
        List<StructureRow> rows = new ArrayList<>();
        for (BasicGoal goal : comparison.current().goals()) {
            rows.add(row(0, "【基本目標" + goal.number() + "】", goal.name(), byPosition.get(goal.position())));
            for (Measure measure : goal.measures()) {
                rows.add(row(1, Numbering.measureMarker(measure.number()), measure.name(),
                        byPosition.get(measure.position())));
                for (SubMeasure sub : measure.subMeasures()) {
                    rows.add(sub.relisting().isPresent()
                            ? new StructureRow(2, Numbering.subMeasureMarker(sub.number()), sub.name(),
                            text("diff.relisted"), "")
                            : row(2, Numbering.subMeasureMarker(sub.number()), sub.name(),
                            byPosition.get(sub.position())));
                }
            }
        }
        comparison.links().structure().stream().filter(StructureChange::isRemoved).forEach(change -> {
            StructureChange.Address old = change.previous().orElseThrow();
            rows.add(new StructureRow(depth(change.level()), old.place().written(), old.name(), text("diff.removed"),
                    ""));
        });
        return rows;
    }

    private StructureRow row(int depth, String marker, String name, StructureChange change) {
        if (change == null) {
            return new StructureRow(depth, marker, name, "", "");
        }
        List<String> kinds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (change.isAdded()) {
            kinds.add(text("diff.added"));
        }
        if (change.isMerged()) {
            kinds.add(text("diff.merged"));
            notes.add(Messages.format(locale, "diff.mergedFrom", written(change.previousItems()),
                    Messages.basis(locale, change.basis())));
        }
        if (change.isSplit()) {
            kinds.add(text("diff.split"));
            notes.add(Messages.format(locale, "diff.splitFrom", written(change.previousItems()),
                    Messages.basis(locale, change.basis())));
        }
        if (change.isMoved()) {
            kinds.add(text("diff.moved"));
            notes.add(Messages.format(locale, "diff.from", change.previous().orElseThrow().place().written()));
        }
        if (change.isRenumbered()) {
            kinds.add(text("diff.renumbered"));
            notes.add(Messages.format(locale, "diff.from", change.previous().orElseThrow().place().written()));
        }
        if (change.isRenamed()) {
            kinds.add(text("diff.renamed"));
            notes.add(Messages.format(locale, "diff.was", change.previous().orElseThrow().name(),
                    Messages.basis(locale, change.basis())));
        }
        String kind = kinds.isEmpty() ? text("diff.same") : String.join(", ", kinds);
        return new StructureRow(depth, marker, name, kind, String.join("; ", notes));
    }

    public List<KpiRow> kpis(PeriodComparison comparison, Report report) {
        List<KpiRow> rows = new ArrayList<>();
        for (KpiLink link : comparison.links().kpis()) {
            String name = link.current().or(link::previous).map(Kpi::name).orElseThrow();
            String relation = text("diff.link." + link.kind().name()) + link.previous()
                    .filter(previous -> link.current().isPresent()
                            && !previous.normalizedName().equals(link.current().get().normalizedName()))
                    .map(previous -> " ← " + previous.name()).orElse("")
                    + (link.basis() == KpiLink.Basis.SAME_NAME ? " (" + text("diff.byName") + ")" : "");
            rows.add(new KpiRow(name, relation, link.previous().map(this::figures).orElse("—"),
                    link.current().map(this::figures).orElse("—"),
                    comparison.outcome(link, report.findings()).map(finding -> finding.message(locale)).orElse("")));
        }
        return rows;
    }

    // ---- both plan periods and the population vision side by side (planlint diff)

    /** The judged strategy of {@code comparison}, which holds its previous-period review. */
    static java.util.Optional<dev.planlint.check.ReportedStrategy> reviewed(Report report,
                                                                            PeriodComparison comparison) {
        return report.strategies().stream()
                .filter(strategy -> strategy.strategy().file().equals(comparison.current().file())).findFirst();
    }

    /** The plan period and the population vision of both periods, as each strategy writes them. */
    public List<SideBySide> overview(PeriodComparison comparison) {
        Strategy before = comparison.previous();
        Strategy after = comparison.current();
        List<SideBySide> rows = new ArrayList<>();
        rows.add(new SideBySide(text("report.period"), period(before), period(after)));
        rows.add(new SideBySide(text("diff.vision.population"), targets(before.populationVision().population()),
                targets(after.populationVision().population())));
        rows.add(new SideBySide(text("diff.vision.fertility"), targets(before.populationVision().fertility()),
                targets(after.populationVision().fertility())));
        rows.add(new SideBySide(text("diff.vision.migration"), migration(before.populationVision().migration()),
                migration(after.populationVision().migration())));
        rows.add(new SideBySide(text("diff.vision.impacts"), impacts(before.populationVision().impacts()),
                impacts(after.populationVision().impacts())));
        return rows;
    }

    private static String period(Strategy strategy) {
        return strategy.period().map(period -> period.value().written()).orElse("—");
    }

    private static String targets(List<VisionTarget> targets) {
        return orDash(targets.stream().map(target -> target.time().written() + " " + target.value().written()));
    }

    private static String migration(List<MigrationTarget> targets) {
        return orDash(targets.stream().map(target -> target.time().written() + " " + String.join("・",
                target.changes().stream().map(change -> change.label() + change.change().written()
                        + (change.increase() ? "増" : "減")).toList())));
    }

    private static String impacts(List<ImpactLevel> impacts) {
        return orDash(impacts.stream().map(impact -> (impact.kind() == ImpactKind.NATURAL ? "自然増減影響度 "
                : "社会増減影響度 ") + impact.level()));
    }

    private static String orDash(java.util.stream.Stream<String> written) {
        String joined = String.join(" / ", written.toList());
        return joined.isEmpty() ? "—" : joined;
    }

    private String figures(Kpi kpi) {
        return Figures.baseline(kpi) + " → " + Figures.target(kpi.target());
    }

    private static String written(List<StructureChange.Address> addresses) {
        return String.join("、", addresses.stream()
                .map(address -> address.place().written() + "「" + address.name() + "」").toList());
    }

    private static int depth(StructureChange.Level level) {
        return switch (level) {
            case GOAL -> 0;
            case MEASURE -> 1;
            case SUB_MEASURE -> 2;
        };
    }


    private String text(String key) {
        return Messages.text(locale, key);
    }
}
