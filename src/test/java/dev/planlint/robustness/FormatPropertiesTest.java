package dev.planlint.robustness;

import dev.planlint.fmt.FormatEquivalence;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * planlint fmt over the mutation fuzzer's inputs: whatever still parses after the mutations is formatted once for
 * good (fmt(fmt(x)) == fmt(x)) and keeps its model and findings, positions aside. Inputs that no longer parse are
 * refused by fmt, which the fuzzer's own test covers through the command line.
 */
class FormatPropertiesTest {

    static final AtomicInteger PARSED = new AtomicInteger();
    private static Path workspace;

    @BeforeContainer
    static void copyCorpus() throws IOException {
        workspace = Files.createTempDirectory("planlint-fmt-fuzz");
        for (String file : MutationFuzzTest.CORPUS) {
            Files.copy(Path.of(file), workspace.resolve(Path.of(file).getFileName()));
        }
    }

    @AfterContainer
    static void removeWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.out.println("[fmt-fuzz] mutated inputs that parsed and were formatted: " + PARSED.get());
    }

    @Property(tries = 300, seed = "20261203")
    void formattingIsIdempotentAndKeepsModelAndFindings(@ForAll("corpusFile") String file,
                                                       @ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        byte[] bytes = Files.readAllBytes(workspace.resolve(Path.of(file).getFileName()));
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        Path mutated = workspace.resolve("mutated.strategy");
        Files.write(mutated, bytes);
        try {
            String text = Files.readString(mutated, StandardCharsets.UTF_8);
            Optional<String> formatted = FormatEquivalence.formattedTwice(mutated.toString(), text);
            if (formatted.isPresent()) {
                PARSED.incrementAndGet();
                FormatEquivalence.assertSameModelAndFindings(mutated, formatted.get(),
                        List.of("--as-of", "2026-11-29"));
            }
        } catch (java.nio.charset.MalformedInputException notUtf8) {
            // Random bytes that are not UTF-8: fmt refuses them as every command does.
        } finally {
            Files.deleteIfExists(mutated);
        }
    }

    @Provide
    Arbitrary<String> corpusFile() {
        return new MutationFuzzTest().corpusFile();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return new MutationFuzzTest().mutations();
    }
}
