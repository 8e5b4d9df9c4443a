package dev.planlint.render;

import dev.planlint.CliRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden files, PMD style, under src/test/resources/golden/expected/: the output must equal the committed file byte
 * for byte. Only when the system property {@code golden.update} is {@code true} are the files (re)written instead of
 * compared: {@code mvn test -Dtest='*Golden*' -Dgolden.update=true}, then review the diff before committing it.
 */
final class GoldenFiles {

    static final String UPDATE_PROPERTY = "golden.update";
    /** The strategies the golden reports are made from. */
    static final Path FIXTURES = Path.of("src/test/resources/golden");
    static final Path DIRECTORY = FIXTURES.resolve("expected");
    static final String AS_OF = "2026-11-29";

    private GoldenFiles() {
    }

    /** {@code planlint check} on a fixture as CI would run it, in English, never failing on findings. */
    static CliRun checkFixture(String format, String fixture, String... options) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("check", "--format", format, "--as-of", AS_OF,
                "--fail-on", "never", "--lang", "en"));
        arguments.addAll(List.of(options));
        arguments.add(FIXTURES.resolve(fixture + ".strategy").toString().replace('\\', '/'));
        return CliRun.writing(arguments);
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
    }

    static void assertMatches(String actual, String name) throws IOException {
        assertMatches(DIRECTORY.resolve(name), actual.getBytes(StandardCharsets.UTF_8));
    }

    static void assertMatches(Path golden, byte[] actual) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        String howToUpdate = "regenerate with mvn test -Dtest='*Golden*' -D" + UPDATE_PROPERTY
                + "=true and review the diff";
        assertThat(golden).as("golden file %s is missing: %s", golden, howToUpdate).exists();
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .as("output differs from %s (%s)", golden, howToUpdate)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            fail("output differs from %s in bytes that do not show as text (%s)", golden, howToUpdate);
        }
    }
}
