package dev.planlint.cli;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code planlint lsp --config}: a configuration that cannot be used is said on standard error, never on the protocol. */
class LspCommandTest {

    @Test
    void aBadConfigurationExits2WithItsPositionOnStandardErrorOnly(@TempDir Path directory) throws IOException {
        Path config = directory.resolve("planlint.json");
        Files.writeString(config, "{\"scheme\": \"no-such-scheme\"}", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("lsp", "--config", config.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).as("standard output is the protocol's").isEmpty();
        assertThat(run.err()).contains(config.toString() + ":1:").contains("no-such-scheme");
    }
}
