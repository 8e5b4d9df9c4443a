package dev.planlint.render;

import dev.planlint.CliRun;
import dev.planlint.catalog.Release;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text, JSON and CI formats on each golden fixture, compared byte for byte with src/test/resources/golden/expected/: a strategy
 * with findings of every severity and a suppression, a clean strategy, one with a syntax error, and one whose names
 * and texts try to break the formats. SARIF's rule catalog is compared once, with sarif-rule-catalog.json, and masked
 * in the SARIF reports (see {@link SarifRuleCatalog}).
 */
class GoldenReportsTest {

    static final Path EXPECTED = GoldenFiles.FIXTURES.resolve("expected");
    static final Map<String, String> EXTENSIONS = Map.of("sarif", "sarif", "junit", "xml", "github", "txt",
            "text", "text.txt", "json", "json");
    static final Map<String, Integer> EXIT_CODES = Map.of("fixture", 0, "clean", 0, "syntax-error", 2,
            "hostile", 0);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String fixture : List.of("fixture", "clean", "syntax-error", "hostile")) {
            for (String format : List.of("sarif", "junit", "github", "text", "json")) {
                cases.add(Arguments.of(format, fixture));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void outputEqualsTheGoldenFile(String format, String fixture) throws Exception {
        CliRun run = GoldenFiles.checkFixture(format, fixture);

        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(EXIT_CODES.get(fixture));
        byte[] report = withoutVersion(run.written());
        if (format.equals("sarif")) {
            SarifRuleCatalog split = SarifRuleCatalog.split(new String(report, StandardCharsets.UTF_8));
            GoldenFiles.assertMatches(split.catalog(), SarifRuleCatalog.GOLDEN);
            report = split.masked().getBytes(StandardCharsets.UTF_8);
        }
        GoldenFiles.assertMatches(EXPECTED.resolve(fixture + "." + EXTENSIONS.get(format)), report);
    }

    /** The SARIF driver's version as {@code VERSION}, so a release does not change the golden files. */
    private static byte[] withoutVersion(byte[] report) {
        String version = "\": \"" + Release.current().version() + "\"";
        return new String(report, StandardCharsets.UTF_8).replace(version, "\": \"VERSION\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
