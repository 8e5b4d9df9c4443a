package dev.planlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An output file is the old one or the whole new one, never half of it, and nothing is left beside it. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileWhole() throws IOException {
        Path report = Files.writeString(dir.resolve("report.html"), "the old report", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AtomicFile.write(report, out -> {
            out.write("the begin".getBytes(StandardCharsets.UTF_8));
            throw new IOException("interrupted");
        })).hasMessage("interrupted");

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("the old report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileWhole() throws IOException {
        Path report = Files.writeString(dir.resolve("report.html"), "the old report, which is longer",
                StandardCharsets.UTF_8);

        AtomicFile.write(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void missingFoldersAreMade() throws IOException {
        Path report = dir.resolve("reports/2026/report.json");
        AtomicFile.write(report, out -> out.write('{'));
        assertThat(report).hasContent("{");
    }
}
