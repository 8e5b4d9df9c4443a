package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.catalog.Severity;
import dev.planlint.config.Configuration;
import dev.planlint.path.Scheme;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.engine.Evaluation;
import dev.planlint.engine.RuleEngine;
import dev.planlint.facts.Finding;
import dev.planlint.facts.PeriodFacts;
import dev.planlint.link.PeriodLinker;
import dev.planlint.model.PeriodLinks;
import dev.planlint.facts.Settings;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.load.ActualRow;
import dev.planlint.load.LoadResult;
import dev.planlint.load.LoadedStrategy;
import dev.planlint.load.ParsedFiles;
import dev.planlint.load.StrategyLoader;
import dev.planlint.facts.KpiFact;
import dev.planlint.facts.KpiStatus;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Located;
import dev.planlint.model.Subject;
import dev.planlint.path.KpiPath;
import dev.planlint.model.Strategy;
import dev.planlint.trace.StartupTrace;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The way through: files are loaded and validated, each valid strategy is evaluated by the rules, and the findings
 * get their severity, messages and suppressions. The embedding API: build a Checker, call {@link #check}.
 */
public final class Checker {

    private final RuleEngine engine;
    private final RuleCatalog catalog;
    private final Configuration configuration;
    private final LocalDate asOf;
    private final Optional<Charset> encoding;

    public Checker(RuleEngine engine, RuleCatalog catalog, Configuration configuration, LocalDate asOf,
                   Optional<Charset> encoding) {
        this.engine = engine;
        this.catalog = catalog;
        this.configuration = configuration;
        this.asOf = asOf;
        this.encoding = encoding;
    }

    public Report check(List<Path> files) {
        return check(files, List.of(), List.of());
    }

    /**
     * Checks {@code files} with the actual values of {@code actuals} merged in; {@code actualsProblems} are the
     * problems found reading them, reported with the rest. Files are read and judged in parallel, each strategy in
     * a session of its own; the report is sorted, so the order of work does not show.
     */
    public Report check(List<Path> files, List<ActualRow> actuals, List<Diagnostic> actualsProblems) {
        ReportBuilder report = new ReportBuilder();
        actualsProblems.forEach(report::diagnostic);
        ActualsMerge merge = new ActualsMerge(actuals);
        ParsedFiles parsedFiles = new ParsedFiles();
        files.stream().sorted().distinct().toList().parallelStream().forEach(file -> {
            long reading = StartupTrace.now();
            LoadResult loaded = StrategyLoader.load(file, encoding, parsedFiles);
            StartupTrace.since("read and parse (all threads)", reading);
            report.loaded(loaded);
            loaded.strategy().ifPresent(strategy -> evaluate(new LoadedStrategy(strategy.source(),
                    merge.apply(strategy.strategy(), report), strategy.predecessor()), report));
        });
        merge.reportUnused(report);
        return report.build(asOf);
    }

    /** {@code planlint diff}: {@code current} judged against {@code previous}, whatever its 前期戦略 says. */
    public Report compare(Path previous, Path current) {
        ReportBuilder report = new ReportBuilder();
        ParsedFiles parsedFiles = new ParsedFiles();
        LoadResult before = StrategyLoader.load(previous, encoding, parsedFiles);
        LoadResult after = StrategyLoader.load(current, encoding, parsedFiles);
        report.loaded(before);
        report.loaded(after);
        if (before.strategy().isPresent() && after.strategy().isPresent()) {
            LoadedStrategy successor = after.strategy().get();
            evaluate(new LoadedStrategy(successor.source(), successor.strategy(), before.strategy()), report);
        }
        return report.build(asOf);
    }

    private void evaluate(LoadedStrategy strategy, ReportBuilder report) {
        Optional<Settings> settings = settings(strategy.strategy(), report);
        if (settings.isEmpty()) {
            return;
        }
        List<Object> facts = new ArrayList<>(StrategyFacts.of(strategy.strategy(), settings.get()));
        strategy.predecessor().ifPresent(predecessor -> {
            PeriodLinks links = PeriodLinker.link(predecessor.strategy(), strategy.strategy());
            links.dangling().forEach(link -> report.diagnostic(Diagnostic.error(link.position(),
                    "link.unknownPrevious", link.previousName(), predecessor.strategy().file())));
            report.compared(new PeriodComparison(predecessor.strategy(), strategy.strategy(), links));
            facts.addAll(PeriodFacts.of(predecessor.strategy(), strategy.strategy(), links, asOf));
        });
        long judging = StartupTrace.now();
        Evaluation evaluation = engine.evaluate(facts);
        StartupTrace.since("rules, KieBase wait included (all threads)", judging);
        report.evaluated(reported(strategy, facts, evaluation.statuses()), Suppressions.apply(strategy.strategy(),
                report(evaluation.findings()), catalog, this::report));
    }

    /** Each KPI with the path its fact was judged on and the grade the scheme's rules gave it. */
    private static ReportedStrategy reported(LoadedStrategy loaded, List<Object> facts, List<KpiStatus> statuses) {
        Map<Subject, KpiPath> paths = new HashMap<>();
        facts.stream().filter(KpiFact.class::isInstance).map(KpiFact.class::cast)
                .forEach(fact -> paths.put(fact.getSubject(), fact.getPath()));
        Map<Subject, Grade> grades = new HashMap<>();
        statuses.forEach(status -> grades.putIfAbsent(status.getSubject(), new Grade(status.getScheme(),
                status.getGrade(), status.isOnTrack(), status.getFigure())));
        Strategy strategy = loaded.strategy();
        List<ReportedKpi> kpis = new ArrayList<>();
        for (BasicGoal goal : strategy.goals()) {
            for (Kpi kpi : goal.kpis()) {
                Subject subject = StrategyFacts.kpiSubject(strategy, goal, kpi);
                kpis.add(new ReportedKpi(subject, goal, kpi, paths.get(subject), Optional.ofNullable(grades.get(subject))));
            }
        }
        return new ReportedStrategy(strategy, loaded.predecessor().map(LoadedStrategy::strategy), kpis);
    }

    private Optional<Settings> settings(Strategy strategy, ReportBuilder report) {
        Optional<Located<String>> written = strategy.evaluationScheme();
        Optional<Scheme> scheme = written.flatMap(name -> Scheme.parse(name.value()));
        if (written.isPresent() && scheme.isEmpty()) {
            report.diagnostic(Diagnostic.error(written.get().position(), "scheme.unknown", written.get().value(),
                    Scheme.names()));
            return Optional.empty();
        }
        return Optional.of(configuration.settings(scheme, asOf));
    }

    private List<ReportedFinding> report(List<Finding> findings) {
        return findings.stream().distinct().map(this::report).flatMap(Optional::stream).toList();
    }

    /** Severity from the configuration, else the catalog, else the finding's own; empty when the rule is off. */
    private Optional<ReportedFinding> report(Finding finding) {
        Optional<RuleInfo> rule = catalog.rule(finding.getRuleId());
        Optional<Severity> severity = configuration.severities().containsKey(finding.getRuleId())
                ? configuration.severities().get(finding.getRuleId())
                : Optional.of(rule.map(RuleInfo::severity)
                        .or(() -> finding.getSeverity().flatMap(Severity::parse))
                        .orElse(Severity.WARNING));
        return severity.map(level -> new ReportedFinding(finding.getRuleId(), level, finding.getSubject(),
                finding.getFigures(), message(finding, rule, Locale.ENGLISH), message(finding, rule, Locale.JAPANESE),
                Optional.empty(), false));
    }

    private static String message(Finding finding, Optional<RuleInfo> rule, Locale locale) {
        boolean japanese = locale.getLanguage().equals("ja");
        Optional<String> own = japanese ? finding.getMessageJa() : finding.getMessageEn();
        String template = rule.map(info -> info.messageTemplate(locale))
                .or(() -> own)
                .orElse("{subject}: " + finding.getRuleId() + " " + finding.getFigures());
        return MessageTemplate.fill(template, finding.getSubject().name(), finding.getFigures(), locale);
    }
}
