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
