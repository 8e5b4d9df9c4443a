package dev.planlint.render;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.SourcePosition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One KPI as an editor shows it on hover, in Markdown: where it stands, baseline and target, the latest value, the
 * achievement rate and the status, and its findings; the same figures as the report's KPI table (KpiLines).
 */
public final class KpiCard {

    private KpiCard() {
    }

    /** The card of the KPI written at {@code line} (1-based) of {@code file}, or of the KPI whose attribute it is. */
    public static Optional<String> at(Report report, String file, int line, Locale locale) {
        for (ReportedStrategy strategy : report.strategies()) {
            if (!strategy.strategy().file().equals(file)) {
                continue;
            }
            List<KpiLines.Line> lines = KpiLines.of(report, strategy);
            KpiLines.Line best = null;
            for (KpiLines.Line candidate : lines) {
                SourcePosition position = candidate.kpi().position();
                if (position.line() <= line && (best == null || position.line() > best.kpi().position().line())) {
                    best = candidate;
                }
            }
            if (best != null && line - best.kpi().position().line() <= attributeLines(strategy, best)) {
                return Optional.of(card(report, best, locale));
            }
        }
        return Optional.empty();
    }

    /** How many lines below its name a KPI's attributes reach: to its last actual, suppression or other line. */
    private static int attributeLines(ReportedStrategy strategy, KpiLines.Line line) {
        int first = line.kpi().position().line();
        int last = first;
        for (var actual : line.kpi().actuals()) {
            last = Math.max(last, actual.position().line());
        }
        for (var suppression : line.kpi().suppressions()) {
            last = Math.max(last, suppression.position().line());
        }
        last = Math.max(last, line.kpi().link().map(link -> link.position().line()).orElse(first));
        return last - first + 2;
    }

    private static String card(Report report, KpiLines.Line line, Locale locale) {
        StringBuilder card = new StringBuilder();
        card.append("**").append(Escape.markdown(line.kpi().name())).append("** — ")
                .append(Messages.text(locale, "report.col.goal")).append(' ').append(line.where(locale)).append("\n\n");
        row(card, Messages.text(locale, "report.col.baseline"), Figures.baseline(line.kpi()));
        row(card, Messages.text(locale, "report.col.target"), Figures.target(line.kpi().target()));
        row(card, Messages.text(locale, "report.col.latest"), line.latestText());
        row(card, Messages.text(locale, "report.col.rate"), line.rateText());
        row(card, Messages.text(locale, "report.col.status"), line.statusText(locale));
        List<ReportedFinding> findings = report.findings().stream()
                .filter(finding -> finding.isActive() && finding.subject().file().equals(line.file())
                        && finding.subject().name().equals(line.kpi().name()))
                .toList();
        if (!findings.isEmpty()) {
            card.append('\n');
            findings.forEach(finding -> card.append("- ").append(Escape.markdown(finding.message(locale)))
                    .append(" `").append(finding.ruleId()).append("`\n"));
        }
        return card.toString();
    }

    private static void row(StringBuilder card, String label, String value) {
        card.append(label).append(": ").append(Escape.markdown(value)).append("  \n");
    }
}
