package dev.planlint.bench;

import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import dev.planlint.facts.KpiFact;
import dev.planlint.facts.Settings;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.model.Strategy;
import dev.planlint.parser.StrategyParsing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The in-process half of bench/run, on one thread: parse throughput over the generated files, and the shipped rules
 * against {@link ReferenceChecks} on the same facts, warmed, several rounds. Prints {@code key=value} lines.
 *
 * <p>Parsing is timed twice: wall time, and the parsing thread's CPU time (which other processes on a shared
 * machine take much less of; the JVM's compiler and collector threads are not counted in it).
 *
 * <p>Usage: {@code InProcessBench DIR ROUNDS [parse|rules]} (both unless one is named)
 */
public final class InProcessBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private InProcessBench() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String only = args.length > 2 ? args[2] : "";
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(path -> path.toString().endsWith(".strategy")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            names.add(file.toString());
            texts.add(new String(content, StandardCharsets.UTF_8));
        }

        // Parsing: text to model (ANTLR and the model builder), as StrategyLoader calls it.
        if (!only.equals("rules")) {
            parse(names, texts, bytes, rounds);
        }
        if (!only.equals("parse")) {
            rules(names, texts, rounds);
        }
    }

    private static void parse(List<String> names, List<String> texts, long bytes, int rounds) {
        parseAll(names.subList(0, Math.min(200, names.size())), texts, 2);
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            wall[round] = parseAll(names, texts, 1);
            cpu[round] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        double parseSeconds = median(wall);
        double cpuSeconds = median(cpu);
        System.out.printf("files=%d%nbytes=%d%nparse_s=%.3f%nparse_mb_s=%.2f%nparse_cpu_s=%.3f%nparse_cpu_mb_s=%.2f%n",
                names.size(), bytes, parseSeconds, bytes / 1e6 / parseSeconds, cpuSeconds,
                bytes / 1e6 / cpuSeconds);
    }

    private static void rules(List<String> names, List<String> texts, int rounds) {
        Settings settings = Configuration.defaults().settings(Optional.empty(),
                LocalDate.parse(StrategyGenerator.AS_OF));
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            strategies.add(StrategyParsing.parse(names.get(i), texts.get(i)).strategy().orElseThrow());
        }
        RuleEngine engine = RuleEngine.shipped();
        long kpis = 0;
        long findings = 0;
        long referenceFindings = 0;
        for (List<Object> strategy : facts(strategies, settings)) {
            kpis += strategy.stream().filter(fact -> fact instanceof KpiFact).count();
            findings += engine.evaluate(strategy).findings().size();
        }
        for (List<Object> strategy : facts(strategies, settings)) {
            referenceFindings += ReferenceChecks.evaluate(strategy).findings().size();
        }
        // Every round on new facts, made before the clock starts: facts keep the figures they computed.
        double[] rules = new double[rounds];
        double[] reference = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            List<List<Object>> facts = facts(strategies, settings);
            long start = System.nanoTime();
            for (List<Object> strategy : facts) {
                engine.evaluate(strategy);
            }
            rules[round] = (System.nanoTime() - start) / 1e9;
            facts = facts(strategies, settings);
            start = System.nanoTime();
            for (List<Object> strategy : facts) {
                ReferenceChecks.evaluate(strategy);
            }
            reference[round] = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf("kpis=%d%nfindings=%d%nreference_findings=%d%nrules_s=%.4f%nreference_s=%.4f%n"
                + "rules_ratio=%.1f%n", kpis, findings, referenceFindings, median(rules), median(reference),
                median(rules) / median(reference));
    }

    private static List<List<Object>> facts(List<Strategy> strategies, Settings settings) {
        return strategies.stream().map(strategy -> StrategyFacts.of(strategy, settings)).toList();
    }

    /** Seconds to parse every text {@code times} times. */
    private static double parseAll(List<String> names, List<String> texts, int times) {
        long start = System.nanoTime();
        for (int time = 0; time < times; time++) {
            for (int i = 0; i < names.size(); i++) {
                if (StrategyParsing.parse(names.get(i), texts.get(i)).hasErrors()) {
                    throw new IllegalStateException(names.get(i) + " does not parse");
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
