package dev.planlint.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an evaluation with user rules on a thread of its own, so that a user rule cannot hold planlint: past the
 * time limit the session is halted and the rule that was firing (or, between firings, the user rule that fired
 * most) is named; what a rule throws is reported as that rule's error; a rule that calls {@code System.exit} is
 * caught in the shutdown that call starts, reported, and the program ends with exit code 2 instead of the rule's.
 */
final class UserRuleGuard {

    private static final String THREAD_PREFIX = "planlint-user-rules-";
    private static final Duration HALT_GRACE = Duration.ofSeconds(1);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Map<Thread, Firings> RUNNING = new ConcurrentHashMap<>();
    private static final Pattern FAILED_CONDITION = Pattern.compile("\\[Rule \"([^\"]+)\" in ([^\\]]+)\\]");
    private static volatile Consumer<RuleRunException> exitReporter = exit -> { };

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(UserRuleGuard::stopRuleExits, "planlint-rule-exit-guard"));
    }

    private final Duration limit;
    private final UserRuleSources sources;

    UserRuleGuard(Duration limit, UserRuleSources sources) {
        this.limit = limit;
        this.sources = sources;
    }

    static void reportExitsTo(Consumer<RuleRunException> reporter) {
        exitReporter = reporter;
    }

    Evaluation run(KieSession session, Function<KieSession, Evaluation> evaluation) {
        Firings firings = new Firings(sources);
        session.addEventListener(firings);
        FutureTask<Evaluation> task = new FutureTask<>(() -> evaluation.apply(session));
        Thread worker = new Thread(task, THREAD_PREFIX + THREADS.incrementAndGet());
        // A rule that never returns keeps its thread; as a daemon it does not keep the program alive.
        worker.setDaemon(true);
        RUNNING.put(worker, firings);
        worker.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            session.halt();
            try {
                task.get(HALT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException | RuntimeException stillRunning) {
                // Halted or not, the evaluation has failed; its rule is named below.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            Optional<RuleSource> suspect = firings.suspect();
            throw new RuleRunException(RuleRunException.Kind.TIME_LIMIT, suspect, limit,
                    suspect.map(firings::timesFired).orElse(0L), null);
        } catch (ExecutionException failed) {
            throw failure(failed.getCause(), firings);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            session.halt();
            throw new RuleRunException(RuleRunException.Kind.FAILED, firings.suspect(), limit, 0, interrupted);
        } finally {
            RUNNING.remove(worker);
        }
    }

    private RuntimeException failure(Throwable cause, Firings firings) {
        if (cause instanceof ConsequenceException consequence && consequence.getRule() != null) {
            RuleSource rule = sources.of(consequence.getRule().getPackageName(), consequence.getRule().getName());
            return new RuleRunException(RuleRunException.Kind.FAILED, Optional.of(rule), limit,
                    firings.timesFired(rule), consequence.getCause());
        }
        Optional<RuleSource> rule = conditionRule(cause).or(firings::suspect);
        if (rule.isEmpty() && !(cause instanceof RuntimeException)) {
            return new IllegalStateException(cause);
        }
        return new RuleRunException(RuleRunException.Kind.FAILED, rule, limit, 0, cause);
    }

    /** A condition that throws is reported by Drools with its rule's name and file in the message. */
    private Optional<RuleSource> conditionRule(Throwable cause) {
        for (Throwable at = cause; at != null; at = at.getCause() == at ? null : at.getCause()) {
            Matcher rule = FAILED_CONDITION.matcher(String.valueOf(at.getMessage()));
            if (rule.find()) {
                return sources.named(rule.group(1), rule.group(2));
            }
        }
        return Optional.empty();
    }

    /** In the shutdown a System.exit starts: if a rule thread called it, report the rule and end with code 2. */
    private static void stopRuleExits() {
        RUNNING.forEach((thread, firings) -> {
            if (callsExit(thread.getStackTrace())) {
                Optional<RuleSource> rule = firings.suspect();
                exitReporter.accept(new RuleRunException(RuleRunException.Kind.EXITED, rule, Duration.ZERO,
                        rule.map(firings::timesFired).orElse(0L), null));
                Runtime.getRuntime().halt(2);
            }
        });
    }

    private static boolean callsExit(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")
                    || frame.getClassName().equals("java.lang.System") && frame.getMethodName().equals("exit")) {
                return true;
            }
        }
        return false;
    }

    /** Which user rule is firing now and how often each has fired, to name the one to blame. */
    private static final class Firings extends DefaultAgendaEventListener {

        private final UserRuleSources sources;
        private final Map<RuleSource, Long> counts = new ConcurrentHashMap<>();
        private volatile RuleSource firing;

        Firings(UserRuleSources sources) {
            this.sources = sources;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String packageName = event.getMatch().getRule().getPackageName();
            String name = event.getMatch().getRule().getName();
            if (sources.isUserRule(packageName, name)) {
                RuleSource rule = sources.of(packageName, name);
                counts.merge(rule, 1L, Long::sum);
                firing = rule;
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
        }

        Optional<RuleSource> suspect() {
            RuleSource now = firing;
            if (now != null) {
                return Optional.of(now);
            }
            return counts.entrySet().stream()
                    .max(Map.Entry.<RuleSource, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.comparing(RuleSource::name).reversed())))
                    .map(Map.Entry::getKey);
        }

        long timesFired(RuleSource rule) {
            return counts.getOrDefault(rule, 0L);
        }
    }
}
