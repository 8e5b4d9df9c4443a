package dev.planlint.release;

import dev.planlint.CliRun;
import dev.planlint.catalog.Release;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The release zip that {@code mvn package} makes, as a user gets it: extracted into a folder of its own, its
 * {@code bin/planlint} run from another folder, through a symbolic link on a "PATH" folder, and under the plainest
 * POSIX shells there are (dash, busybox) — each time checking the Kushiro draft exactly as the jar does in process.
 */
class ReleaseZipIT {

    private static final String VERSION = Release.current().version();
    private static final Path ZIP = Path.of("target", "planlint-" + VERSION + ".zip");
    private static final List<String> ARGUMENTS = List.of("check", "--format", "json", "--lang", "en", "--as-of",
            "2026-11-29", "kushiro-3rd-draft.strategy");

    @TempDir
    static Path temporary;
    private static Path home;
    private static Path elsewhere;
    private static String expected;

    @BeforeAll
    static void extractTheZip() throws IOException {
        assertThat(ZIP).as("mvn package makes the release zip").exists();
        Path installed = temporary.resolve("opt");
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                Path target = installed.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(installed)).as("entry %s stays in the folder", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target,
                        PosixFilePermissions.fromString(permissions(entry.getUnixMode() & 0777)));
            }
        }
        home = installed.resolve("planlint-" + VERSION);
        elsewhere = Files.createDirectories(temporary.resolve("city office"));
        for (String name : List.of("kushiro-2nd.strategy", "kushiro-3rd-draft.strategy")) {
            Files.copy(Path.of("strategies", name), elsewhere.resolve(name));
        }
        CliRun inProcess = CliRun.run(List.of("check", "--format", "json", "--lang", "en", "--as-of", "2026-11-29",
                elsewhere.resolve("kushiro-3rd-draft.strategy").toString()));
        expected = inProcess.out().replace(elsewhere.resolve("kushiro-3rd-draft.strategy").toString(),
                "kushiro-3rd-draft.strategy").replace(elsewhere.resolve("kushiro-2nd.strategy").toString(),
                "kushiro-2nd.strategy");
        assertThat(inProcess.exit()).isEqualTo(1);
    }

    @Test
    void theZipHoldsTheLaunchersTheJarAndTheLicence() {
        assertThat(home.resolve("bin/planlint")).isExecutable();
        assertThat(home.resolve("bin/planlint.cmd")).isRegularFile();
        assertThat(home.resolve("lib/planlint.jar")).isRegularFile();
        assertThat(home.resolve("LICENSE")).content(StandardCharsets.UTF_8).contains("Apache License",
                "Version 2.0");
        assertThat(home.resolve("README.md")).isRegularFile();
    }

    @Test
    void runsFromAnotherFolder() throws Exception {
        Run run = run(List.of(home.resolve("bin/planlint").toString()));

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void runsThroughASymbolicLinkOnPath() throws Exception {
        Path onPath = Files.createDirectories(temporary.resolve("usr-local-bin"));
        Path link = onPath.resolve("planlint");
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, onPath.relativize(home.resolve("bin/planlint")));
        }

        Run run = run(List.of(link.toString()));

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(expected);
        assertThat(home.resolve("lib/planlint.jsa")).as("the class-data archive made beside the jar").exists();
        Run again = run(List.of(link.toString()));
        assertThat(again.out()).as("with the archive").isEqualTo(expected);
        assertThat(again.err()).isEmpty();
    }

    @Test
    void runsUnderDash() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/dash")), "dash not installed: skipped");
        Run run = run(List.of("/bin/dash", home.resolve("bin/planlint").toString()));

        assertThat(run.out()).as(run.err()).isEqualTo(expected);
    }

    @Test
    void runsUnderBusybox() throws Exception {
        Path busybox = Path.of("/bin/busybox");
        assumeTrue(Files.isExecutable(busybox), "busybox not installed (apt-get install busybox): skipped");
        Run run = run(List.of(busybox.toString(), "sh", home.resolve("bin/planlint").toString()));

        assertThat(run.out()).as(run.err()).isEqualTo(expected);
    }

    @Test
    void withoutJavaItSaysWhatIsNeeded() throws Exception {
        Run run = run(List.of("/bin/sh", home.resolve("bin/planlint").toString()), "/nonexistent");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Java 17");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> launcher) throws Exception {
        return run(launcher, null);
    }

    /** Runs the launcher in the other folder; with {@code path}, on that PATH and without JAVA_HOME. */
    private static Run run(List<String> launcher, String path) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(ARGUMENTS);
        Path out = Files.createTempFile(temporary, "out", ".txt");
        Path err = Files.createTempFile(temporary, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (path != null) {
            builder.environment().remove("JAVA_HOME");
            builder.environment().put("PATH", path);
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String permissions(int mode) {
        StringBuilder text = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return text.toString();
    }
}
