package dev.planlint.trace;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's start-up time goes, for {@code bench/run --startup}. Off unless the environment variable
 * {@code PLANLINT_STARTUP_TRACE} holds the launch time in nanoseconds since the epoch ({@code date +%s%N}); then the
 * run prints one {@code phase=milliseconds} line per phase to standard error as it exits. Off, every call is one
 * test of a constant, so that the shipped path does not pay for the measurement.
 */
public final class StartupTrace {

    private static final long LAUNCHED_EPOCH_NANOS = launchTime();
    private static final boolean ON = LAUNCHED_EPOCH_NANOS > 0;
    /** This class is initialised by the first instruction of {@code main}. */
    private static final long MAIN_NANOS = System.nanoTime();
    private static final long MAIN_EPOCH_NANOS = ON ? epochNanos() : 0;
    private static final Map<String, Long> PHASES = new LinkedHashMap<>();

    private StartupTrace() {
    }

    /** Called first thing in {@code main}, so that the time to it is the launcher's and the JVM's. */
    public static void mainStarted() {
        if (ON) {
            add("launch to main", MAIN_EPOCH_NANOS - LAUNCHED_EPOCH_NANOS);
        }
    }

    /** A timestamp for {@link #since}; 0 when tracing is off. */
    public static long now() {
        return ON ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to {@code phase}; phases measured on several threads add up. */
    public static void since(String phase, long start) {
        if (ON) {
            add(phase, System.nanoTime() - start);
        }
    }

    /** Adds the time since {@code main} began to {@code phase}. */
    public static void sinceMain(String phase) {
        since(phase, MAIN_NANOS);
    }

    /** Prints the phases, and the whole of {@code main}, to {@code err}. */
    public static void print(PrintStream err) {
        if (!ON) {
            return;
        }
        sinceMain("main to exit");
        synchronized (PHASES) {
            PHASES.forEach((phase, nanos) -> err.printf("startup-trace %s=%.1f%n", phase, nanos / 1e6));
        }
        err.flush();
    }

    private static void add(String phase, long nanos) {
        synchronized (PHASES) {
            PHASES.merge(phase, nanos, Long::sum);
        }
    }

    private static long launchTime() {
        String value = System.getenv("PLANLINT_STARTUP_TRACE");
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notATime) {
            return 0;
        }
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
