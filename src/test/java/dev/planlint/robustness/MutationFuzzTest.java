package dev.planlint.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A mutation fuzzer over the Kushiro strategies and the examples: random deletions, insertions of the language's own
 * tokens, swapped lines, truncation, random bytes, repeated lines and very long runs. Every input must give a
 * report or positioned errors, exit 0, 1 or 2, no stack trace, within {@link FuzzRun#LIMIT}.
 */
class MutationFuzzTest {

    static final List<String> CORPUS = List.of("strategies/kushiro-2nd.strategy",
            "strategies/kushiro-3rd-draft.strategy", "strategies/examples/fictional-progress.strategy",
            "strategies/examples/fictional-full.strategy");

    static final AtomicInteger CASES = new AtomicInteger();
    private static Path workspace;

    @BeforeContainer
    static void copyCorpus() throws IOException {
        workspace = Files.createTempDirectory("planlint-fuzz");
        for (String file : CORPUS) {
            Files.copy(Path.of(file), workspace.resolve(Path.of(file).getFileName()));
        }
    }

    @AfterContainer
    static void removeWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.out.println("[fuzz] mutation cases run: " + CASES.get());
    }

    @Property(tries = 600, seed = "20261129")
    void everyMutatedStrategyGivesAReportOrPositionedErrors(@ForAll("corpusFile") String file,
                                                            @ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        byte[] bytes = Files.readAllBytes(workspace.resolve(Path.of(file).getFileName()));
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        // Predecessors stay beside the mutated file, so the between-period rules run too.
        Path mutated = workspace.resolve("mutated-" + CASES.incrementAndGet() + ".strategy");
        Files.write(mutated, bytes);
        try {
            FuzzRun.checkHolds(mutated.toString(), file + " with " + mutations);
        } finally {
            Files.deleteIfExists(mutated);
        }
    }

    @Provide
    Arbitrary<String> corpusFile() {
        return Arbitraries.of(CORPUS);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> anywhere = Arbitraries.integers().between(0, 20_000);
        Arbitrary<Mutation> delete = Combinators.combine(anywhere, Arbitraries.integers().between(1, 200))
                .as(Mutation.Delete::new);
        Arbitrary<Mutation> insert = Combinators.combine(anywhere, Arbitraries.of(Mutation.VOCABULARY))
                .as(Mutation.Insert::new);
        Arbitrary<Mutation> swap = Combinators.combine(anywhere, anywhere).as(Mutation.SwapLines::new);
        Arbitrary<Mutation> truncate = anywhere.map(Mutation.Truncate::new);
        Arbitrary<Mutation> randomBytes = Combinators.combine(anywhere,
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)).as(Mutation.RandomBytes::new);
        Arbitrary<Mutation> repeat = Combinators.combine(anywhere, Arbitraries.integers().between(1, 2_000))
                .as(Mutation.RepeatLine::new);
        Arbitrary<Mutation> longRun = Combinators.combine(anywhere, Arbitraries.of("（", "【", "1", "あ", "・", "→",
                "(再掲", "万"), Arbitraries.integers().between(100, 5_000)).as(Mutation.LongRun::new);
        return Arbitraries.oneOf(delete, insert, swap, truncate, randomBytes, repeat, longRun).list().ofMinSize(1)
                .ofMaxSize(5);
    }

}
