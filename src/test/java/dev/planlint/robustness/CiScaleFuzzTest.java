package dev.planlint.robustness;

import dev.planlint.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing at CI scale: 100,000 inputs in {@code .ci/run} (the environment variable CI is set there; a twentieth
 * elsewhere, or {@code -Dplanlint.fuzz.scale=F}), mutated and generated strategies, configurations, baselines and
 * actuals CSV files and workbooks, each checked by {@link Fuzzer}'s invariants. The counts and the seed are printed as
 * {@code [fuzz] …} lines; saved failures that were fixed are replayed from {@code src/test/resources/fuzz-regressions}.
 */
class CiScaleFuzzTest {

    private static final List<String> CORPUS = List.of("strategies/kushiro-2nd.strategy",
            "strategies/kushiro-3rd-draft.strategy", "strategies/examples/fictional-progress.strategy",
            "strategies/examples/fictional-full.strategy");
    private static final String SMALL = "strategies/examples/fictional-progress.strategy";
    private static final String CONFIG = """
            {
              "scheme": "tama-pro-rata",
              "thresholds": {"weakTargetAnnualGrowth": 0.5, "staleBaselineYears": 4, "tamaSteady": "90"},
              "severities": {"weak-target": "info", "stale-baseline": "off"}
            }
            """;

    private static final Map<String, byte[]> corpus = new LinkedHashMap<>();
    private static byte[] small;
    private static byte[] baseline;
    private static byte[] actuals;
    private static byte[] actualsWorkbook;

    @BeforeAll
    static void readSeeds() throws IOException {
        for (String file : CORPUS) {
            corpus.put(Path.of(file).getFileName().toString(), Files.readAllBytes(Path.of(file)));
        }
        small = Files.readAllBytes(Path.of(SMALL));
        baseline = CliRun.run("check", "--as-of", "2026-11-29", "--format", "json", "--fail-on", "never", SMALL)
                .expectExit(0).out().getBytes(StandardCharsets.UTF_8);
        actuals = Files.readAllBytes(Path.of("src/test/resources/dev/planlint/check/actuals.csv"));
        actualsWorkbook = CliRun.writing("check", "--as-of", "2026-11-29", "--format", "xlsx", "--fail-on", "never",
                SMALL).expectExit(0).written();
    }

    @Test
    void mutatedStrategies() {
        List<String> names = new ArrayList<>(corpus.keySet());
        holds(Fuzzer.run("strategy-mutated", Fuzzer.scaled(50_000), (random, n) -> {
            String name = names.get(n % names.size());
            Map<String, byte[]> beside = new LinkedHashMap<>(corpus);
            beside.remove(name);
            // Predecessors stay beside the mutated file under their own names, so the between-period rules run.
            return new Fuzzer.Input(name, Mutation.applyAll(Mutation.random(random, Mutation.VOCABULARY),
                    corpus.get(name)), beside, format(random), false);
        }));
    }

    @Test
    void generatedValidStrategiesAreReadWithoutAnError() {
        holds(Fuzzer.run("strategy-generated", Fuzzer.scaled(10_000), (random, n) -> {
            int start = 2 + random.nextInt(8);
            boolean pair = random.nextBoolean();
            Map<String, byte[]> beside = pair
                    ? Map.of("previous.strategy", ValidStrategies.strategy(random, start, null)
                            .getBytes(StandardCharsets.UTF_8))
                    : Map.of();
            return new Fuzzer.Input("generated.strategy", ValidStrategies.strategy(random, start + 5,
                    pair ? "previous.strategy" : null).getBytes(StandardCharsets.UTF_8), beside, format(random), true);
        }));
    }

    @Test
    void mutatedConfigurations() {
        byte[] config = CONFIG.getBytes(StandardCharsets.UTF_8);
        holds(Fuzzer.run("config", Fuzzer.scaled(20_000), (random, n) -> new Fuzzer.Input("checked.strategy", small,
                Map.of("planlint.json", Mutation.applyAll(Mutation.random(random, Mutation.JSON_VOCABULARY), config)),
                withFormat(random, "--config", "{dir}/planlint.json"), false)));
    }

    @Test
    void mutatedBaselines() {
        holds(Fuzzer.run("baseline", Fuzzer.scaled(10_000), (random, n) -> new Fuzzer.Input("checked.strategy", small,
                Map.of("baseline.json", Mutation.applyAll(Mutation.random(random, Mutation.JSON_VOCABULARY), baseline)),
                withFormat(random, "--baseline", "{dir}/baseline.json"), false)));
    }

    @Test
    void mutatedActualsCsv() {
        holds(Fuzzer.run("actuals-csv", Fuzzer.scaled(10_000), (random, n) -> new Fuzzer.Input("checked.strategy",
                small, Map.of("actuals.csv", Mutation.applyAll(Mutation.random(random, Mutation.CSV_VOCABULARY),
                        actuals)), withFormat(random, "--actuals", "{dir}/actuals.csv"), false)));
    }

    /** The 効果検証シート given back as --actuals with cells typed over, or its bytes damaged (XlsxMutation). */
    @Test
    void mutatedActualsWorkbooks() {
        holds(Fuzzer.run("actuals-xlsx", Fuzzer.scaled(200), (random, n) -> new Fuzzer.Input("checked.strategy",
                small, Map.of("actuals.xlsx", XlsxMutation.mutate(random, actualsWorkbook)),
                withFormat(random, "--actuals", "{dir}/actuals.xlsx"), false)));
    }

    /** Inputs once saved by a failing fuzz run, kept after their fix. */
    @Test
    void savedFailuresStayFixed() throws IOException {
        Path saved = Path.of("src/test/resources/fuzz-regressions");
        List<Path> cases;
        try (Stream<Path> folders = Files.list(saved)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        for (Path folder : cases) {
            List<String> arguments = Files.readAllLines(folder.resolve("arguments.txt")).stream()
                    .filter(line -> !line.isBlank()).toList();
            Map<String, byte[]> beside = new LinkedHashMap<>();
            Path checked = null;
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals("arguments.txt") || name.equals("checked.txt")) {
                        continue;
                    }
                    if (name.equals(checkedName(folder))) {
                        checked = file;
                    } else {
                        beside.put(name, Files.readAllBytes(file));
                    }
                }
            }
            assertThat(checked).as("the checked file of %s", folder).isNotNull();
            Fuzzer.Input input = new Fuzzer.Input(checked.getFileName().toString(), Files.readAllBytes(checked),
                    beside, arguments, false);
            Path work = Files.createTempDirectory("planlint-fuzz-regression");
            assertThat(Fuzzer.problem(input, work, 1)).as("%s", folder).isEmpty();
        }
    }

    private static String checkedName(Path folder) throws IOException {
        return Files.readString(folder.resolve("checked.txt")).strip();
    }

    private static List<String> format(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> List.of("--format", "text");
            case 1 -> List.of("--format", "sarif");
            default -> List.of("--format", "json");
        };
    }

    private static List<String> withFormat(Random random, String option, String value) {
        List<String> arguments = new ArrayList<>(format(random));
        arguments.add(option);
        arguments.add(value);
        return arguments;
    }

    private static void holds(Fuzzer.Result result) {
        assertThat(result.failures()).as("%s; failing inputs are saved under target/fuzz-failures/",
                result.summary()).isEmpty();
        assertThat(result.tried()).isPositive();
    }
}
