package dev.planlint.robustness;

import dev.planlint.CliRun;

import dev.planlint.render.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same input gives byte-identical output in every format, whatever the order of the files on the command line or
 * of the entries in a directory, and whatever the machine's default locale and time zone.
 */
class DeterminismTest {

    /** Every strategy of the directory checked below, in an order of their own (by file name, longest first). */
    private static final List<String> FILES = everyStrategy();

    private final Locale locale = Locale.getDefault();
    private final TimeZone timeZone = TimeZone.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreDefaults() {
        Locale.setDefault(locale);
        TimeZone.setDefault(timeZone);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void outputDependsOnTheInputOnly(ReportFormat format) throws IOException {
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        byte[] first = check(format, "first", FILES);

        Locale.setDefault(Locale.JAPAN);
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        byte[] reversed = check(format, "reversed", reversed(FILES));

        Locale.setDefault(Locale.GERMANY);
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        byte[] directory = check(format, "directory", List.of("strategies"));

        assertThat(first).isNotEmpty();
        assertThat(reversed).isEqualTo(first);
        assertThat(directory).isEqualTo(first);
    }

    private static List<String> everyStrategy() {
        try (Stream<Path> paths = Files.walk(Path.of("strategies"))) {
            return paths.filter(path -> path.toString().endsWith(".strategy"))
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString().length()).reversed()
                            .thenComparing(Path::toString))
                    .map(path -> path.toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> reversed(List<String> files) {
        List<String> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private byte[] check(ReportFormat format, String name, List<String> files) throws IOException {
        Path output = dir.resolve(name + "." + format.name().toLowerCase(Locale.ROOT));
        List<String> arguments = new ArrayList<>(List.of("check", "--lang", "ja", "--as-of", "2026-11-29",
                "--fail-on", "never", "--format", format.name().toLowerCase(Locale.ROOT), "--output",
                output.toString()));
        arguments.addAll(files);
        CliRun run = CliRun.run(arguments);
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.readAllBytes(output);
    }
}
