package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.catalog.Severity;
import dev.planlint.config.Configuration;
import dev.planlint.path.Scheme;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;
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
import dev.planlint.facts.KpiLinkFact;
import dev.planlint.facts.KpiStatus;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Located;
import dev.planlint.model.Subject;
import dev.planlint.path.KpiPath;
import dev.planlint.model.Strategy;
import dev.planlint.trace.StartupTrace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    /** Files under way per core in {@link #stream}: enough to keep the cores busy, few enough to keep memory flat. */
    private static final int IN_FLIGHT_PER_CORE = 4;

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
     * problems found reading them, reported with the rest. The report is sorted, so the order of work does not show.
     */
    public Report check(List<Path> files, List<ActualRow> actuals, List<Diagnostic> actualsProblems) {
        ReportBuilder whole = new ReportBuilder();
        try {
            stream(files, actuals, actualsProblems, new ReportSink<Report>() {
                @Override
                public Report prepare(Report part) {
                    return part;
                }

                @Override
                public void accept(Report part) {
                    whole.add(part);
                }
            });
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return whole.build(asOf);
    }

    /**
     * As {@link #check(List, List, List)}, but the report goes to {@code sink} a file at a time, in the order of the
     * files' names, and is never held whole: files are read and judged by one worker per core, each strategy in a
     * session of its own, with at most {@link #IN_FLIGHT_PER_CORE} files per core under way, so that memory does not
     * grow with the batch. The first part holds {@code actualsProblems}, the last the actual values no strategy took.
     */
    public <P> void stream(List<Path> files, List<ActualRow> actuals, List<Diagnostic> actualsProblems,
                           ReportSink<P> sink) throws IOException {
        ReportBuilder opening = new ReportBuilder();
        actualsProblems.forEach(opening::diagnostic);
        sink.accept(sink.prepare(opening.build(asOf)));
        ActualsMerge merge = new ActualsMerge(actuals);
        ParsedFiles parsedFiles = new ParsedFiles();
        List<Path> ordered = files.stream().distinct().sorted(Comparator.comparing(Path::toString)).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(cores, work -> {
            Thread worker = new Thread(work, "planlint-check");
            worker.setDaemon(true);
            return worker;
        });
        try {
            Deque<Future<P>> underWay = new ArrayDeque<>();
            Iterator<Path> next = ordered.iterator();
            while (next.hasNext() || !underWay.isEmpty()) {
                while (next.hasNext() && underWay.size() < cores * IN_FLIGHT_PER_CORE) {
                    Path file = next.next();
                    underWay.add(workers.submit(() -> sink.prepare(checkOne(file, merge, parsedFiles))));
                }
                sink.accept(result(underWay.remove()));
            }
        } finally {
            workers.shutdownNow();
        }
        ReportBuilder closing = new ReportBuilder();
        merge.reportUnused(closing);
        sink.accept(sink.prepare(closing.build(asOf)));
    }

    private Report checkOne(Path file, ActualsMerge merge, ParsedFiles parsedFiles) {
        ReportBuilder part = new ReportBuilder();
        long reading = StartupTrace.now();
        LoadResult loaded = StrategyLoader.load(file, encoding, parsedFiles);
        StartupTrace.since("read and parse (all threads)", reading);
        part.loaded(loaded);
        loaded.strategy().ifPresent(strategy -> evaluate(new LoadedStrategy(strategy.source(),
                merge.apply(strategy.strategy(), part), strategy.predecessor()), part));
        return part.build(asOf);
    }

    /**
     * {@code text} checked as the content of {@code file} (an editor's unsaved buffer): the same loading, rules and
     * report as {@link #check(List)}, the predecessors it names read from disk.
     */
    public Report checkText(Path file, String text) {
        return checkText(file, text, new ParsedFiles());
    }

    /** As {@link #checkText(Path, String)}, the predecessors taken from {@code parsedFiles} where it has them. */
    public Report checkText(Path file, String text, ParsedFiles parsedFiles) {
        ReportBuilder part = new ReportBuilder();
        LoadResult loaded = StrategyLoader.loadText(file, text, encoding, parsedFiles);
        part.loaded(loaded);
        ActualsMerge noActuals = new ActualsMerge(List.of());
        loaded.strategy().ifPresent(strategy -> evaluate(new LoadedStrategy(strategy.source(),
                noActuals.apply(strategy.strategy(), part), strategy.predecessor()), part));
        return part.build(asOf);
    }

    /** A worker's result; what went wrong on a worker is thrown here, as if it had happened on this thread. */
    private static <P> P result(Future<P> work) {
        try {
            return work.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        }
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
            unknownPreviousKpis(predecessor.strategy(), strategy.strategy()).forEach(report::diagnostic);
            facts.addAll(PeriodFacts.of(predecessor.strategy(), strategy.strategy(), links, asOf));
        });
        long judging = StartupTrace.now();
        Evaluation evaluation = engine.evaluate(facts);
        StartupTrace.since("rules, KieBase wait included (all threads)", judging);
        List<PreviousKpiReview> review = strategy.predecessor().map(predecessor -> PreviousReview.of(
                predecessor.strategy(), facts.stream().filter(KpiLinkFact.class::isInstance)
                        .map(KpiLinkFact.class::cast).toList(), settings.get(), engine)).orElse(List.of());
        report.evaluated(reported(strategy, facts, evaluation.statuses(), asOf, review), Suppressions.apply(strategy.strategy(),
                report(evaluation.findings()), catalog, this::report));
    }

    /** The rule whose findings name an old KPI, so that a suppression of it names one (抑制：…（従業員数）：…). */
    private static final String UNACCOUNTED = "previous-kpi-unaccounted";

    /** A suppression of one old KPI left unaccounted for that names no KPI of the previous period: a notice. */
    private static List<Diagnostic> unknownPreviousKpis(Strategy previous, Strategy current) {
        java.util.Set<String> names = new java.util.HashSet<>();
        previous.kpis().forEach(kpi -> names.add(kpi.normalizedName()));
        List<dev.planlint.model.Suppression> written = new ArrayList<>();
        current.goals().forEach(goal -> written.addAll(goal.suppressions()));
        current.kpis().forEach(kpi -> written.addAll(kpi.suppressions()));
        return written.stream()
                .filter(suppression -> suppression.ruleId().equals(UNACCOUNTED) && suppression.subject().isPresent()
                        && !names.contains(dev.planlint.model.Names.normalize(suppression.subject().get())))
                .map(suppression -> Diagnostic.notice(suppression.position(), "suppression.unknownPreviousKpi",
                        suppression.subject().get(), previous.file()))
                .toList();
    }

    /** Each KPI with the path its fact was judged on and the grade the scheme's rules gave it. */
    private static ReportedStrategy reported(LoadedStrategy loaded, List<Object> facts, List<KpiStatus> statuses,
                                             LocalDate asOf, List<PreviousKpiReview> review) {
        Map<Subject, KpiFact> judged = new HashMap<>();
        facts.stream().filter(KpiFact.class::isInstance).map(KpiFact.class::cast)
                .forEach(fact -> judged.put(fact.getSubject(), fact));
        Map<Subject, Grading> grades = new HashMap<>();
        statuses.forEach(status -> grades.putIfAbsent(status.getSubject(), new Grading(status.getScheme(),
                status.getGrade(), status.getFigure())));
        Strategy strategy = loaded.strategy();
        List<ReportedKpi> kpis = new ArrayList<>();
        strategy.kpis().forEach(kpi -> {
            Subject subject = StrategyFacts.kpiSubject(strategy, kpi);
            KpiFact fact = judged.get(subject);
            kpis.add(new ReportedKpi(subject, kpi, fact == null ? null : fact.getPath(),
                    fact == null ? null : fact.getProgress(), Optional.ofNullable(grades.get(subject))));
        });
        return new ReportedStrategy(strategy, loaded.predecessor().map(LoadedStrategy::strategy), kpis,
                ReportedVision.of(strategy.populationVision(), asOf), review);
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
        String message = MessageTemplate.fill(template, finding.getSubject().name(), finding.getFigures(), locale);
        Object arithmetic = finding.getFigures().get(Finding.TARGET_ARITHMETIC);
        boolean usesTarget = TARGET_FIGURES.stream().anyMatch(finding.getFigures()::containsKey);
        // A message that states the arithmetic itself (relative-target-level) does not get it a second time.
        boolean stated = template.contains("{" + Finding.TARGET_ARITHMETIC + "}");
        String withArithmetic = arithmetic != null && usesTarget && !stated
                ? message + Messages.format(locale, "finding.targetArithmetic", arithmetic) : message;
        // A grade of single-year actuals against a target written as an average says so.
        Object average = finding.getFigures().get(Finding.AVERAGE_TARGET);
        return average != null
                ? withArithmetic + Messages.format(locale, "finding.averageTarget", average) : withArithmetic;
    }

    /** The figures that are a target's level: a message naming one gives the arithmetic of a relative target. */
    private static final List<String> TARGET_FIGURES = List.of("target", "bound", "targetAnnual", "expected");
}
