package dev.planlint.robustness;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs many generated inputs through {@code planlint check} in this process, on both cores, and checks what must
 * hold for every input: an exit of 0, 1 or 2, no Java class or "internal error" in what planlint says, every
 * position inside its file, a JSON report whenever there is one, the same output twice, no hang. Each case has its
 * own {@link Random} from the seed and its number, so a failure is replayed from the two; failing inputs are saved
 * under {@code target/fuzz-failures/} with the files beside them.
 */
final class Fuzzer {

    static final long SEED = Long.getLong("planlint.fuzz.seed", 20261202L);
    /** Far above any input's time on a loaded machine; only a hang takes longer. */
    private static final Duration HANG = Duration.ofSeconds(Long.getLong("planlint.fuzz.hangSeconds", 60));
    private static final Pattern POSITIONED = Pattern.compile("^(.+?):(\\d+):(\\d+): ", Pattern.MULTILINE);
    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    /**
     * One input: the file checked, the files beside it (a predecessor, a config, a baseline, actuals) and the
     * arguments after {@code check}, where {@code {dir}} is the folder they are written to.
     */
    record Input(String fileName, byte[] bytes, Map<String, byte[]> companions, List<String> arguments,
                 boolean valid) {
    }

    record Failure(int caseNumber, String problem, Path saved) {
    }

    record Result(String kind, int tried, List<Failure> failures, Duration slowest, int slowestCase) {
        String summary() {
            return "[fuzz] " + kind + ": " + tried + " inputs tried, " + failures.size() + " failed, seed " + SEED
                    + ", slowest case " + slowestCase + " in " + slowest.toMillis() + " ms";
        }
    }

    private Fuzzer() {
    }

    /** The number of inputs for a full-scale count: all of it in CI, a twentieth elsewhere, or -Dplanlint.fuzz.scale. */
    static int scaled(int fullScale) {
        double scale = Double.parseDouble(System.getProperty("planlint.fuzz.scale",
                System.getenv("CI") != null ? "1" : "0.05"));
        return Math.max(20, (int) Math.round(fullScale * scale));
    }

    static Result run(String kind, int count, BiFunction<Random, Integer, Input> generator) {
        // To replay: -Dplanlint.fuzz.seed=S -Dplanlint.fuzz.first=N -Dplanlint.fuzz.count=1 -Dtest=CiScaleFuzzTest#…
        return run(kind, Integer.getInteger("planlint.fuzz.first", 0), Integer.getInteger("planlint.fuzz.count", count),
                generator);
    }

    /** Cases {@code first} to {@code first + count - 1}: a single slow or failing case is rerun with its number. */
    static Result run(String kind, int first, int count, BiFunction<Random, Integer, Input> generator) {
        Path workspace = temporaryFolder();
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-" + kind);
            thread.setDaemon(true);
            return thread;
        });
        Semaphore cores = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] slowest = {0, -1};
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        try {
            for (int n = first; n < first + count; n++) {
                int caseNumber = n;
                Input input = generator.apply(new Random(SEED * 1_000_003L + n), n);
                cores.acquireUninterruptibly();
                CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
                    long started = System.nanoTime();
                    Optional<String> problem = problem(input, workspace.resolve(kind + "-" + caseNumber), caseNumber);
                    long took = System.nanoTime() - started;
                    synchronized (slowest) {
                        if (took > slowest[0]) {
                            slowest[0] = took;
                            slowest[1] = caseNumber;
                        }
                    }
                    problem.ifPresent(said -> failures.add(new Failure(caseNumber, said, save(kind, caseNumber, input))));
                }, threads).orTimeout(HANG.toSeconds(), TimeUnit.SECONDS).whenComplete((done, failed) -> {
                    if (failed instanceof TimeoutException) {
                        failures.add(new Failure(caseNumber, "no answer within " + HANG.toSeconds() + " s",
                                save(kind, caseNumber, input)));
                    }
                    cores.release();
                });
                pending.add(run);
                pending.removeIf(CompletableFuture::isDone);
            }
            pending.forEach(future -> future.exceptionally(failed -> null).join());
        } finally {
            threads.shutdownNow();
            delete(workspace);
        }
        failures.sort(Comparator.comparingInt(Failure::caseNumber));
        Result result = new Result(kind, count, List.copyOf(failures), Duration.ofNanos(slowest[0]),
                (int) slowest[1]);
        System.out.println(result.summary());
        record(result.summary());
        if (!failures.isEmpty()) {
            System.out.println("[fuzz]   replay: -Dplanlint.fuzz.seed=" + SEED + " -Dplanlint.fuzz.first=N"
                    + " -Dplanlint.fuzz.count=1");
        }
        failures.stream().limit(10).forEach(failure -> System.out.println("[fuzz]   case " + failure.caseNumber()
                + ": " + failure.problem() + " (saved as " + failure.saved() + ")"));
        return result;
    }

    /** What is wrong with planlint's answer to this input, if anything. */
    static Optional<String> problem(Input input, Path folder, int caseNumber) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(input.fileName());
            Files.write(file, input.bytes());
            for (Map.Entry<String, byte[]> companion : input.companions().entrySet()) {
                Files.write(folder.resolve(companion.getKey()), companion.getValue());
            }
            List<String> arguments = new ArrayList<>(List.of("check", "--lang", "en", "--as-of", "2026-11-29"));
            input.arguments().forEach(argument -> arguments.add(argument.replace("{dir}", folder.toString())));
            arguments.add(file.toString());
            CliRun run = CliRun.run(arguments.toArray(String[]::new));
            Optional<String> wrong = wrongAnswer(run, input, folder);
            if (wrong.isEmpty() && caseNumber % 25 == 0) {
                CliRun again = CliRun.run(arguments.toArray(String[]::new));
                if (!again.out().equals(run.out()) || !again.err().equals(run.err()) || again.exit() != run.exit()) {
                    return Optional.of("a second run gave other output");
                }
            }
            return wrong;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError thrown) {
            return Optional.of("planlint threw " + thrown);
        } finally {
            delete(folder);
        }
    }

    private static Optional<String> wrongAnswer(CliRun run, Input input, Path folder) {
        // Each file is read once per case: a report with thousands of positions must not make the check quadratic.
        Map<Path, Optional<List<String>>> read = new java.util.HashMap<>();
        if (run.exit() < 0 || run.exit() > 2) {
            return Optional.of("exit " + run.exit());
        }
        for (String said : List.of(run.err(), run.out())) {
            for (String leak : List.of("internal error", "Exception", "java.", "\tat ", "org.antlr", "org.drools")) {
                if (said.contains(leak)) {
                    return Optional.of("says \"" + leak + "\": " + firstLines(said));
                }
            }
        }
        if (input.valid() && run.exit() == 2) {
            return Optional.of("a valid input was refused: " + firstLines(run.err() + run.out()));
        }
        if (run.exit() == 2 && run.err().isBlank() && run.out().isBlank()) {
            return Optional.of("exit 2 without a word");
        }
        if (run.out().startsWith("{")) {
            try {
                JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
                // A SARIF log is JSON too; planlint's own report has its diagnostics at the top.
                Iterable<JsonElement> diagnostics = report.has("diagnostics") ? report.getAsJsonArray("diagnostics")
                        : List.of();
                for (JsonElement diagnostic : diagnostics) {
                    JsonObject at = diagnostic.getAsJsonObject();
                    if (at.has("cell")) {
                        // A workbook's cell: its row and column are not lines of the zip's bytes.
                        continue;
                    }
                    Optional<String> outside = outside(at.get("file").getAsString(), at.get("line").getAsInt(),
                            at.get("column").getAsInt(), folder, read);
                    if (outside.isPresent()) {
                        return outside;
                    }
                }
            } catch (RuntimeException notJson) {
                return Optional.of("the report is not JSON: " + notJson.getMessage());
            }
        }
        Matcher positioned = POSITIONED.matcher(run.err() + (run.out().startsWith("{") ? "" : "\n" + run.out()));
        while (positioned.find()) {
            Optional<String> outside = outside(positioned.group(1), Integer.parseInt(positioned.group(2)),
                    Integer.parseInt(positioned.group(3)), folder, read);
            if (outside.isPresent()) {
                return outside;
            }
        }
        return Optional.empty();
    }

    /** A position must point into its file: a line it has, a column no further than just past that line's end. */
    private static Optional<String> outside(String file, int line, int column, Path folder,
                                            Map<Path, Optional<List<String>>> read) {
        if (line < 1 || column < 1) {
            return Optional.of(file + ":" + line + ":" + column + " is not a position");
        }
        Path path = Path.of(file);
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Optional<List<String>> lines = read.computeIfAbsent(path, Fuzzer::lines);
        if (lines.isEmpty()) {
            // Not UTF-8: where planlint counts a column in bytes it cannot decode is its own choice.
            return Optional.empty();
        }
        List<String> text = lines.get();
        if (line > Math.max(1, text.size() + 1)) {
            return Optional.of("line " + line + " of a file of " + text.size() + " lines");
        }
        String at = line <= text.size() ? text.get(line - 1) : "";
        int width = at.codePointCount(0, at.length());
        return column > width + 1 ? Optional.of(file.substring(folder.toString().length() + 1) + ":" + line + ":"
                + column + " is past the end of a line of " + width + " characters") : Optional.empty();
    }

    private static Optional<List<String>> lines(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(List.of(text.split("\r\n|\r|\n", -1)));
        } catch (IOException notText) {
            return Optional.empty();
        }
    }

    /** .ci/run prints this file at its end, so the counts are seen whether the build passed or not. */
    private static synchronized void record(String summary) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-counts.txt"), summary + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLines(String text) {
        return text.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("");
    }

    private static Path save(String kind, int caseNumber, Input input) {
        Path folder = FAILURES.resolve(kind + "-" + SEED + "-" + caseNumber);
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(input.fileName()), input.bytes());
            for (Map.Entry<String, byte[]> companion : input.companions().entrySet()) {
                Files.write(folder.resolve(companion.getKey()), companion.getValue());
            }
            Files.writeString(folder.resolve("arguments.txt"), String.join("\n", input.arguments()) + "\n");
            Files.writeString(folder.resolve("checked.txt"), input.fileName() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("planlint-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
