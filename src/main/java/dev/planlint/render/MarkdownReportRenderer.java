package dev.planlint.render;

import dev.planlint.catalog.Severity;
import dev.planlint.check.PeriodComparison;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Messages;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.check.ReportedVision;
import dev.planlint.model.Strategy;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code --format markdown}: a summary for the council's papers: counts, the KPI table with each KPI's status, the
 * findings by basic goal and, where there is a previous period, the between-period tables. Every text from a
 * strategy is escaped.
 */
public final class MarkdownReportRenderer implements TextRenderer {

    private final Locale locale;

    public MarkdownReportRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        MarkdownTables tables = new MarkdownTables(locale, out);
        out.println("# " + text("report.title"));
        out.println();
        out.println(Messages.format(locale, "report.asOf", report.asOf().toString()));
        out.println();
        out.println("## " + text("report.section.summary"));
        out.println();
        tables.header("rrrrrr", "severity.ERROR", "severity.WARNING", "severity.INFO", "report.count.suppressed",
                "report.count.inputErrors", "report.count.kpis");
        out.println("| " + report.count(Severity.ERROR) + " | " + report.count(Severity.WARNING) + " | "
                + report.count(Severity.INFO) + " | "
                + report.findings().stream().filter(ReportedFinding::isSuppressed).count() + " | "
                + report.diagnostics().stream().filter(d -> d.isError()).count() + " | "
                + KpiLines.of(report).size() + " |");
        out.println();
        tables.diagnostics(report.diagnostics(), "##");
        if (report.strategies().isEmpty()) {
            out.println(text("report.noStrategies"));
            out.println();
        }
        Map<String, List<ReportedFinding>> byFile = report.findings().stream()
                .collect(Collectors.groupingBy(finding -> finding.subject().file(), TreeMap::new,
                        Collectors.toList()));
        for (ReportedStrategy strategy : report.strategies()) {
            strategy(report, strategy, byFile.getOrDefault(strategy.strategy().file(), List.of()), tables, out);
            byFile.remove(strategy.strategy().file());
        }
        byFile.forEach((file, findings) -> {
            out.println("## " + Escape.markdown(file));
            out.println();
            findings(findings, null, tables, out);
        });
        out.println("---");
        out.println();
        out.println(text("report.generatedBy"));
    }

    private void strategy(Report report, ReportedStrategy loaded, List<ReportedFinding> findings,
                          MarkdownTables tables, PrintWriter out) {
        Strategy strategy = loaded.strategy();
        out.println("## " + Escape.markdown(KpiLines.title(loaded)));
        out.println();
        List<String> facts = new ArrayList<>();
        facts.add("**" + text("report.files") + "**: " + Escape.markdown(strategy.file()));
        strategy.municipality().ifPresent(m -> facts.add("**" + text("report.municipality") + "**: "
                + Escape.markdown(m.value())));
        strategy.extendedPeriod().or(strategy::period).ifPresent(p -> facts.add("**" + text("report.period") + "**: "
                + Escape.markdown(p.value().written())));
        strategy.status().ifPresent(s -> facts.add("**" + text("report.planStatus") + "**: "
                + text("report.planStatus." + s.value().name())));
        loaded.predecessor().ifPresent(p -> facts.add("**" + text("report.predecessor") + "**: "
                + Escape.markdown(KpiLines.title(p))));
        facts.forEach(fact -> out.println("- " + fact));
        out.println();
        loaded.vision().ifPresent(vision -> vision(report, loaded, vision, tables, out));

        out.println("### " + text("report.section.kpis"));
        out.println();
        List<KpiLines.Line> lines = KpiLines.of(report, loaded);
        if (lines.isEmpty()) {
            out.println(text("report.noKpis"));
        } else {
            tables.header("lllllrlr", "report.col.goal", "report.col.kpi", "report.col.baseline",
                    "report.col.target", "report.col.latest", "report.col.rate", "report.col.status",
                    "report.col.findings");
            lines.forEach(line -> tables.row(line.where(locale), line.kpi().name(),
                    Figures.baseline(line.kpi()), Figures.target(line.kpi().target()), line.latestText(),
                    line.rateText(),
                    line.statusText(locale) + line.status().map(s -> " · " + Messages.words(locale, s.scheme()).orElseThrow()).orElse(""),
                    String.valueOf(line.findings())));
            out.println();
            out.println(text("report.rateNote"));
        }
        out.println();

        out.println("### " + text("report.section.findings"));
        out.println();
        findings(findings, strategy, tables, out);

        for (PeriodComparison comparison : report.comparisons()) {
            if (comparison.current().file().equals(loaded.strategy().file())) {
                out.println("### " + text("report.section.periods"));
                out.println();
                tables.comparison(comparison, report, "####");
            }
        }
        tables.previousReview(loaded, "###");
    }

    /** The population vision: each population target with the newest actual population, and what was found. */
    private void vision(Report report, ReportedStrategy loaded, ReportedVision vision, MarkdownTables tables,
                        PrintWriter out) {
        out.println("### " + text("report.section.vision"));
        out.println();
        tables.header("llllrrl", "report.col.visionYear", "report.col.target", "report.col.latest",
                "report.col.latestDate", "report.col.pathValue", "report.col.difference", "sheet.col.messages");
        String found = VisionLines.messages(report, loaded, locale);
        VisionLines.of(vision).forEach(line -> tables.row(line.year(), line.targetText(), line.latestText(),
                line.latestDate(), line.pathText(), line.differenceText(), found.replace("\n", " / ")));
        out.println();
    }

    private void findings(List<ReportedFinding> findings, Strategy strategy, MarkdownTables tables, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println(text("report.noFindings"));
            out.println();
            return;
        }
        Map<Integer, List<ReportedFinding>> byGoal = findings.stream()
                .collect(Collectors.groupingBy(finding -> finding.subject().goal(), TreeMap::new,
                        Collectors.toList()));
        byGoal.forEach((goal, inGoal) -> {
            out.println("#### " + Escape.markdown(FindingText.goalHeading(locale, goal, strategy)));
            out.println();
            tables.header("lllll", "report.col.severity", "report.col.rule", "report.col.line",
                    "report.col.subject", "report.col.message");
            inGoal.forEach(finding -> tables.row(severity(finding), finding.ruleId(),
                    String.valueOf(finding.subject().line()), finding.subject().name(),
                    FindingText.message(locale, finding)));
            out.println();
        });
    }


    private String severity(ReportedFinding finding) {
        return text("severity." + finding.severity().name());
    }


    private String text(String key) {
        return Messages.text(locale, key);
    }
}
