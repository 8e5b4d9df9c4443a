package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.catalog.Severity;
import dev.planlint.config.Configuration;
import dev.planlint.config.Scheme;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.engine.Evaluation;
import dev.planlint.engine.RuleEngine;
import dev.planlint.facts.Finding;
import dev.planlint.facts.KpiStatus;
import dev.planlint.facts.PeriodFacts;
import dev.planlint.link.PeriodLinker;
import dev.planlint.link.PeriodLinks;
import dev.planlint.facts.Settings;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.load.LoadResult;
import dev.planlint.load.LoadedStrategy;
import dev.planlint.load.SourceFile;
import dev.planlint.load.StrategyLoader;
import dev.planlint.model.Located;
import dev.planlint.model.Strategy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
        List<LoadedStrategy> strategies = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, SourceFile> sources = new TreeMap<>();
        List<ReportedFinding> findings = new ArrayList<>();
        List<KpiStatus> statuses = new ArrayList<>();
        List<PeriodComparison> comparisons = new ArrayList<>();
        for (Path file : files.stream().sorted().distinct().toList()) {
            LoadResult loaded = StrategyLoader.load(file, encoding);
            diagnostics.addAll(loaded.diagnostics());
            sources.putAll(loaded.sources());
            loaded.strategy().ifPresent(strategy -> {
                Optional<Settings> settings = settings(strategy.strategy(), diagnostics);
                if (settings.isEmpty()) {
                    return;
                }
                strategies.add(strategy);
                List<Object> facts = new ArrayList<>(StrategyFacts.of(strategy.strategy(), settings.get()));
                strategy.predecessor().ifPresent(predecessor -> {
                    PeriodLinks links = PeriodLinker.link(predecessor.strategy(), strategy.strategy());
                    links.dangling().forEach(link -> diagnostics.add(Diagnostic.error(link.position(),
                            "link.unknownPrevious", link.previousName(), predecessor.strategy().file())));
                    comparisons.add(new PeriodComparison(predecessor, strategy, links));
                    facts.addAll(PeriodFacts.of(predecessor.strategy(), strategy.strategy(), links));
                });
                Evaluation evaluation = engine.evaluate(facts);
                findings.addAll(Suppressions.apply(strategy.strategy(), report(evaluation.findings()), catalog,
                        this::report));
                statuses.addAll(evaluation.statuses());
            });
        }
        return new Report(asOf, strategies, diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList(),
                findings.stream().sorted(ReportedFinding.ORDER).toList(),
                statuses.stream().sorted(Comparator.comparing((KpiStatus status) -> status.getSubject().file())
                        .thenComparingInt(status -> status.getSubject().line())).toList(),
                comparisons, sources);
    }

    private Optional<Settings> settings(Strategy strategy, List<Diagnostic> diagnostics) {
        Optional<Located<String>> written = strategy.evaluationScheme();
        Optional<Scheme> scheme = written.flatMap(name -> Scheme.parse(name.value()));
        if (written.isPresent() && scheme.isEmpty()) {
            diagnostics.add(Diagnostic.error(written.get().position(), "scheme.unknown", written.get().value(),
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
                Optional.empty()));
    }

    private static String message(Finding finding, Optional<RuleInfo> rule, Locale locale) {
        boolean japanese = locale.getLanguage().equals("ja");
        Optional<String> own = japanese ? finding.getMessageJa() : finding.getMessageEn();
        String template = rule.map(info -> info.messageTemplate(locale))
                .or(() -> own)
                .orElse("{subject}: " + finding.getRuleId() + " " + finding.getFigures());
        return MessageTemplate.fill(template, finding.getSubject().name(), finding.getFigures());
    }
}
