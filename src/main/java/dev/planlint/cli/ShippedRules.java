package dev.planlint.cli;

import dev.planlint.engine.RuleEngine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shipped rule base, whose build (about a third of a short check's start-up) begins at the first instruction of
 * {@code main} when the run will judge strategies, so that it overlaps picocli, the catalog and reading the files.
 */
final class ShippedRules {

    private static final List<String> JUDGING = List.of("check", "diff");
    private static final AtomicReference<RuleEngine> STARTED = new AtomicReference<>();

    private ShippedRules() {
    }

    /** Starts the build when {@code args} run a check or a diff of the shipped rules alone. */
    static void startBuildingFor(String[] args) {
        boolean judging = args.length > 0 && JUDGING.contains(args[0]);
        boolean ownRules = Arrays.stream(args).anyMatch(arg -> arg.equals("--rules") || arg.startsWith("--rules="));
        boolean helpOnly = Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h")
                || arg.equals("--version") || arg.equals("-V"));
        if (judging && !ownRules && !helpOnly) {
            STARTED.set(RuleEngine.shipped());
        }
    }

    /** The engine started by {@link #startBuildingFor}, once, else a new one (tests call {@code Main.run}). */
    static RuleEngine engine() {
        RuleEngine started = STARTED.getAndSet(null);
        return started != null ? started : RuleEngine.shipped();
    }
}
