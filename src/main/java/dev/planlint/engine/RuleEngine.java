package dev.planlint.engine;

import dev.planlint.facts.Finding;
import dev.planlint.facts.KpiStatus;
import dev.planlint.trace.StartupTrace;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The Drools engine behind planlint: the shipped rules, loaded from the executable model compiled at build time,
 * plus any user rules compiled from DRL at run time. One engine serves many evaluations; each evaluation gets a
 * session of its own. Drools types do not leave this package.
 */
public final class RuleEngine {

    private static final String MODEL_INDEX = "META-INF/kie/dev.planlint/planlint-rules/drools-model";

    /**
     * The rule base with its pool of sessions. Sessions are reset and reused rather than built per evaluation; the
     * pool grows to the threads that ask. The shipped rule base is built on another thread while the caller reads
     * its files, and waited for at the first evaluation.
     */
    private final CompletableFuture<KieSessionsPool> sessions;

    /** Present when user rules run: they run guarded, the shipped rules alone do not need to. */
    private final Optional<UserRuleGuard> guard;

    private RuleEngine(CompletableFuture<KieBase> rules, Optional<UserRuleGuard> guard) {
        this.sessions = rules.thenApply(base -> base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
        this.guard = guard;
    }

    /** The shipped rules. */
    public static RuleEngine shipped() {
        return new RuleEngine(CompletableFuture.supplyAsync(() -> {
            long building = StartupTrace.now();
            KieBase base = KieBaseBuilder.createKieBaseFromModel(shippedModels());
            StartupTrace.since("KieBase (own thread)", building);
            return base;
        }), Optional.empty());
    }

    /**
     * The shipped rules and the rules of every {@code .drl} file under {@code directory}; an evaluation that runs
     * longer than {@code limit} is stopped and its user rule named ({@link RuleRunException}).
     */
    public static RuleEngine withUserRules(Path directory, Duration limit) throws RuleLoadException {
        KieBase base = KieBaseBuilder.createKieBaseFromModel(shippedModels());
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(base);
        List<Path> files = drlFiles(directory);
        if (files.isEmpty()) {
            throw new RuleLoadException(List.of(new RuleLoadException.RuleError(directory.toString(), 0, 0,
                    "no .drl file")));
        }
        files.forEach(file -> builder.add(ResourceFactory.newFileResource(file.toFile()), ResourceType.DRL));
        List<RuleLoadException.RuleError> errors = errors(builder, files);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        addPackages(base, builder.getKnowledgePackages());
        return new RuleEngine(CompletableFuture.completedFuture(base),
                Optional.of(new UserRuleGuard(limit, UserRuleSources.of(files))));
    }

    /**
     * Where a user rule's {@code System.exit} is reported before the program ends with exit code 2: the call
     * cannot be refused, only caught in the shutdown it starts.
     */
    public static void reportRuleExitsTo(Consumer<RuleRunException> reporter) {
        UserRuleGuard.reportExitsTo(reporter);
    }

    /**
     * @throws RuleRunException when a user rule runs past the time limit, throws, or calls {@code System.exit}
     */
    public Evaluation evaluate(Collection<?> facts) {
        KieSession session = sessions.join().newKieSession();
        if (guard.isPresent()) {
            return guard.get().run(session, guarded -> evaluate(guarded, facts, EVERY_RULE));
        }
        return evaluate(session, facts, EVERY_RULE);
    }

    /** The package every shipped evaluation scheme's rules are in (rules/scheme-*.drl). */
    private static final String SCHEME_PACKAGES = "dev.planlint.rules.scheme.";

    private static final AgendaFilter EVERY_RULE = match -> true;

    /**
     * The grades the shipped scheme rules give {@code facts} (KPI facts and the settings), no other rule firing: so
     * that a KPI judged outside the strategy's own facts, such as an old KPI in the previous-period review, is graded
     * the same way as the current KPIs, without the findings of the other rules.
     */
    public List<KpiStatus> grade(Collection<?> facts) {
        KieSession session = sessions.join().newKieSession();
        AgendaFilter schemes = match -> match.getRule().getPackageName().startsWith(SCHEME_PACKAGES);
        if (guard.isPresent()) {
            return guard.get().run(session, guarded -> evaluate(guarded, facts, schemes)).statuses();
        }
        return evaluate(session, facts, schemes).statuses();
    }

    private static Evaluation evaluate(KieSession session, Collection<?> facts, AgendaFilter filter) {
        Set<String> fired = new HashSet<>();
        AgendaEventListener firings = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getPackageName() + "." + event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(firings);
        try {
            facts.forEach(session::insert);
            session.fireAllRules(filter);
            List<Finding> findings = new ArrayList<>();
            for (QueryResultsRow row : session.getQueryResults("findings")) {
                findings.add((Finding) row.get("$finding"));
            }
            List<KpiStatus> statuses = new ArrayList<>();
            for (QueryResultsRow row : session.getQueryResults("kpiStatuses")) {
                statuses.add((KpiStatus) row.get("$status"));
            }
            return new Evaluation(findings, statuses, fired);
        } finally {
            session.removeEventListener(firings);
            session.dispose();
        }
    }

    private static List<Model> shippedModels() {
        ClassLoader loader = RuleEngine.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(MODEL_INDEX)) {
            if (index == null) {
                throw new IllegalStateException("the executable model is missing: " + MODEL_INDEX);
            }
            List<Model> models = new ArrayList<>();
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                if (!line.isBlank()) {
                    models.add((Model) Class.forName(line.strip(), true, loader).getDeclaredConstructor()
                            .newInstance());
                }
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the executable model cannot be loaded", e);
        }
    }

    /** Larger rule files are refused, as strategies over their limit are. */
    private static final long MAX_RULE_FILE_BYTES = 1024 * 1024;

    private static List<Path> drlFiles(Path directory) throws RuleLoadException {
        if (!Files.isDirectory(directory)) {
            throw new RuleLoadException(List.of(new RuleLoadException.RuleError(directory.toString(), 0, 0,
                    "not a directory")));
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(path -> path.toString().endsWith(".drl")).sorted().toList();
            List<RuleLoadException.RuleError> refused = new ArrayList<>();
            for (Path file : files) {
                // A FIFO would block the build forever, /dev/zero would never end: only bounded regular files.
                if (!Files.isRegularFile(file)) {
                    refused.add(new RuleLoadException.RuleError(file.toString(), 0, 0,
                            "not a regular file (a device, FIFO or socket); rule files are read only from files"));
                } else if (Files.size(file) > MAX_RULE_FILE_BYTES) {
                    refused.add(new RuleLoadException.RuleError(file.toString(), 0, 0, "larger than "
                            + MAX_RULE_FILE_BYTES / 1024 / 1024 + " MiB, the largest rule file planlint reads"));
                }
            }
            if (!refused.isEmpty()) {
                throw new RuleLoadException(refused);
            }
            return files;
        } catch (IOException e) {
            throw new RuleLoadException(List.of(new RuleLoadException.RuleError(directory.toString(), 0, 0,
                    String.valueOf(e.getMessage()))));
        }
    }

    /** Errors name their file as the user gave it, not as Drools resolved it. */
    private static List<RuleLoadException.RuleError> errors(KnowledgeBuilder builder, List<Path> files) {
        List<RuleLoadException.RuleError> errors = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String message = error.getMessage().strip();
            if (message.equals("Parser returned a null Package")) {
                continue;
            }
            String source = error.getResource() == null ? "?" : error.getResource().getSourcePath();
            String file = files.stream().filter(path -> path.toAbsolutePath().toString().equals(source))
                    .map(Path::toString).findFirst().orElse(source);
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            int column = error instanceof org.drools.drl.parser.ParserError parserError ? parserError.getCol() : 0;
            errors.add(new RuleLoadException.RuleError(file, line, column, message));
        }
        return errors;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addPackages(KieBase base, Collection<KiePackage> packages) {
        ((InternalKnowledgeBase) base).addPackages((Collection) packages);
    }

}
