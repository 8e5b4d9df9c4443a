package dev.planlint.cli;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing a user wrote is lost by accident: an output that is one of the run's inputs, a read-only file or another
 * output is refused before anything is written; a failed write (disk full, file size limit) is exit 2 with the old
 * file whole; a replaced file keeps its mode and its link; a device or FIFO is written, not replaced; a signal
 * leaves no temporary file.
 */
class OutputSafetyTest {

    private static final Path KUSHIRO_2ND = Path.of("strategies/kushiro-2nd.strategy");
    private static final Path KUSHIRO_3RD = Path.of("strategies/kushiro-3rd-draft.strategy");

    @TempDir
    Path dir;

    private static CliRun run(String... arguments) {
        return CliRun.run(List.of(), arguments);
    }

    private static CliRun check(String... arguments) {
        return CliRun.run(List.of("check", "--lang", "en", "--as-of", "2026-11-29", "--fail-on", "never"), arguments);
    }

    /** Both Kushiro periods copied, so that a test may try to overwrite them. */
    private Path copyPair() throws IOException {
        Files.copy(KUSHIRO_2ND, dir.resolve("kushiro-2nd.strategy"));
        return Files.copy(KUSHIRO_3RD, dir.resolve("kushiro-3rd-draft.strategy"));
    }

    private void assertRefusedAndUnchanged(CliRun run, Path input, byte[] before, String inputWords) throws IOException {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(inputWords).doesNotContain("Exception").doesNotContain("internal error");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertNoTemporaryFiles(input.getParent());
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theCheckedStrategyIsNotAnOutput() throws IOException {
        Path strategy = copyPair();
        byte[] before = Files.readAllBytes(strategy);

        CliRun run = check("--output", strategy.toString(), strategy.toString());

        assertRefusedAndUnchanged(run, strategy, before,
                "--output " + strategy + " is one of the files this run reads; nothing was written.");
    }

    @Test
    void theRefusalIsInJapaneseToo() throws IOException {
        Path strategy = copyPair();
        byte[] before = Files.readAllBytes(strategy);

        CliRun run = CliRun.run(List.of("check", "--lang", "ja"), "--output", strategy.toString(),
                strategy.toString());

        assertRefusedAndUnchanged(run, strategy, before, "はこの実行が読むファイルです。何も書き込んでいません。");
    }

    @Test
    void thePreviousPeriodIsNotAnOutput() throws IOException {
        Path strategy = copyPair();
        Path predecessor = dir.resolve("kushiro-2nd.strategy");
        byte[] before = Files.readAllBytes(predecessor);

        CliRun run = check("--write-baseline", predecessor.toString(), strategy.toString());

        assertRefusedAndUnchanged(run, predecessor, before, "--write-baseline " + predecessor + " is one of the files");
    }

    @Test
    void aStrategyReachedThroughALinkOrAHardLinkIsNotAnOutput() throws IOException {
        Path strategy = copyPair();
        byte[] before = Files.readAllBytes(strategy);
        Path symbolic = Files.createSymbolicLink(dir.resolve("link.json"), strategy.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), strategy);

        assertRefusedAndUnchanged(check("-o", symbolic.toString(), strategy.toString()), strategy, before,
                "is one of the files this run reads");
        assertRefusedAndUnchanged(check("-o", hard.toString(), strategy.toString()), strategy, before,
                "is one of the files this run reads");
        assertRefusedAndUnchanged(check("-o", strategy.toString(), symbolic.toString()), strategy, before,
                "is one of the files this run reads");
    }

    @Test
    void aStrategyFoundInACheckedFolderIsNotAnOutput() throws IOException {
        Path strategy = copyPair();
        byte[] before = Files.readAllBytes(strategy);

        CliRun run = check("-o", strategy.toString(), dir.toString());

        assertRefusedAndUnchanged(run, strategy, before, "is one of the files this run reads");
    }

    @Test
    void theActualsTheConfigurationTheBaselineAndRuleFilesAreNotOutputs() throws IOException {
        Path strategy = copyPair();
        Path actuals = Files.writeString(dir.resolve("actuals.csv"), "kpi,date,value,unit\n");
        Path config = Files.writeString(dir.resolve("planlint.json"), "{}");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path rule = Files.writeString(rules.resolve("mine.drl"), "package mine;\n");
        Path baseline = dir.resolve("baseline.json");
        assertThat(check("--write-baseline", baseline.toString(), strategy.toString()).exit()).isZero();
        for (Path input : List.of(actuals, config, rule, baseline)) {
            byte[] before = Files.readAllBytes(input);
            CliRun run = check("--actuals", actuals.toString(), "--config", config.toString(), "--rules",
                    rules.toString(), "--baseline", baseline.toString(), "-o", input.toString(), strategy.toString());
            assertRefusedAndUnchanged(run, input, before, "--output " + input + " is one of the files");
        }
    }

    @Test
    void diffDoesNotWriteOverEitherPeriod() throws IOException {
        Path strategy = copyPair();
        Path predecessor = dir.resolve("kushiro-2nd.strategy");
        byte[] before = Files.readAllBytes(strategy);

        CliRun run = run("diff", "--lang", "en", predecessor.toString(), strategy.toString(), "-o",
                strategy.toString());

        assertRefusedAndUnchanged(run, strategy, before, "--output " + strategy + " is one of the files");
    }

    @Test
    void theReportAndTheBaselineAreTwoFiles() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = check("-o", report.toString(), "--write-baseline", dir.resolve("./report.json").toString(),
                KUSHIRO_2ND.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--output and --write-baseline name the same file");
        assertThat(report).doesNotExist();
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "kept");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));

        CliRun run = check("-o", report.toString(), KUSHIRO_2ND.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is read-only, so planlint does not replace it");
        assertThat(report).hasContent("kept");
    }

    @Test
    void aReplacedFileKeepsItsModeAndALinkStaysALink() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), report.getFileName());

        CliRun run = check("-o", link.toString(), KUSHIRO_2ND.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(report)).contains("kushiro-2nd.strategy");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aDashIsStandardOutput() {
        CliRun run = check("-o", "-", KUSHIRO_2ND.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("kushiro-2nd.strategy");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aDeviceIsWrittenNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null on this machine");

        CliRun run = check("-o", devNull.toString(), KUSHIRO_2ND.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(devNull) || !Files.isRegularFile(devNull)).isTrue();
    }

    @Test
    void aFifoIsWrittenNotReplaced() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(runs("mkfifo", fifo.toString()), "mkfifo is not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failed) {
                return failed.toString();
            }
        });

        CliRun run = check("-o", fifo.toString(), KUSHIRO_2ND.toString());

        assertThat(run.exit()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).contains("kushiro-2nd.strategy");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertNoTemporaryFiles(dir);
    }

    /** A filled-up file system: a tmpfs of 16 KiB, where the machine lets the test mount one (root on Linux). */
    @Test
    void aFullDiskIsAnErrorAndTheOldReportStaysWhole() throws IOException {
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue(runs("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", small.toString()),
                "cannot mount a small tmpfs here (needs root); the ulimit test covers a failed write");
        try {
            Path report = Files.writeString(small.resolve("report.html"), "the old report");

            CliRun run = check("--format", "html", "-o", report.toString(), KUSHIRO_2ND.toString(),
                    KUSHIRO_3RD.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains(report + " could not be written (No space left on device)")
                    .doesNotContain("Exception");
            assertThat(report).hasContent("the old report");
            assertNoTemporaryFiles(small);
        } finally {
            runs("umount", small.toString());
        }
    }

    /** The same failure from the file size limit of a child process ({@code ulimit -f}): every text format. */
    @Test
    void aFileSizeLimitIsAnErrorInEveryFormat() throws Exception {
        assumeTrue(runs("bash", "-c", "true"), "bash is not available for ulimit");
        for (String format : List.of("text", "json", "sarif", "junit", "github", "markdown", "html", "xlsx")) {
            Path report = Files.writeString(dir.resolve("report." + format), "the old report");
            Process child = childJvm(List.of("dev.planlint.cli.Main", "check", "--lang", "en", "--fail-on", "never",
                    "--as-of", "2026-11-29", "--format", format, "-o", report.toString(), KUSHIRO_2ND.toString(),
                    KUSHIRO_3RD.toString()), "ulimit -f 4; ");
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).as(format + ": " + err).isEqualTo(2);
            assertThat(err).as(format).contains(report + " could not be written (File too large)");
            assertThat(report).as(format).hasContent("the old report");
            assertNoTemporaryFiles(dir);
        }
    }

    @Test
    void aSignalLeavesNoTemporaryFile() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "the old report");
        Process child = childJvm(List.of("dev.planlint.cli.SlowWrite", report.toString()), "");
        byte[] said = child.getInputStream().readNBytes("writing".length());
        assertThat(new String(said, StandardCharsets.UTF_8)).isEqualTo("writing");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }

        child.destroy();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report).hasContent("the old report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    private static Process childJvm(List<String> mainAndArguments, String shellPrefix) throws IOException {
        return dev.planlint.ChildJvm.start(mainAndArguments, shellPrefix, java.util.Map.of());
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException notAvailable) {
            return false;
        }
    }
}
