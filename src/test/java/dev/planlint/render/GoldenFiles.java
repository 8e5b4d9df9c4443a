package dev.planlint.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under src/test/resources/golden/expected/: the output must equal the file byte for byte. Run with
 * {@code -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff before committing.
 */
final class GoldenFiles {

    static final Path DIRECTORY = Path.of("src/test/resources/golden/expected");

    private GoldenFiles() {
    }

    static void assertMatches(String actual, String name) throws IOException {
        Path golden = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s is missing: run the test with -Dgolden.update=true", golden)
                .exists();
        assertThat(actual).as("output differs from %s (rewrite with -Dgolden.update=true after checking)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
