package dev.planlint.robustness;

import dev.planlint.CliRun;
import dev.planlint.diagnostic.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every input is bounded and every refusal explained: a FIFO or a device is never opened, a file over its limit is
 * never read whole, JSON is read strictly, and each message names the file and the spot, in a sentence, with exit 2,
 * never a Java class name nor "internal error". The limit on time is a hang guard, not a speed measurement.
 */
public class InputBoundsTest {

    /** The diagnostic codes these tests give (BadInputTest checks that every code is given by some test). */
    public static final Set<String> CODES = Set.of("file.notAFile", "file.notRegular", "file.inputTooLarge",
            "json.syntax", "json.trailing", "json.duplicateKey", "baseline.notAReport", "actuals.empty",
            "config.value", "file.nameNotEncodable");

    private static final String STRATEGY = "strategies/kushiro-2nd.strategy";
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static CliRun check(String... arguments) {
        return assertTimeoutPreemptively(HANG, () -> CliRun.run(List.of("check", "--lang", "en", "--as-of",
                "2026-11-29", "--fail-on", "never"), arguments));
    }

    private static void assertExplained(CliRun run, String message) {
        assertThat(run.exit()).as(run.err() + run.out()).isEqualTo(2);
        assertThat(run.err() + run.out()).contains(message).doesNotContain("internal error")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("com.google");
    }

    private Path fifo() {
        Path fifo = dir.resolve("input.fifo");
        assumeTrue(runs("mkfifo", fifo.toString()), "mkfifo is not available");
        return fifo;
    }

    @Test
    void aFifoIsNeverOpenedWhateverItIsGivenAs() throws IOException {
        Path fifo = fifo();
        String refused = fifo + " is not a regular file (a device, FIFO or socket); planlint reads only regular files.";
        assertExplained(check(fifo.toString()), fifo + ":1:1: error: " + refused);
        assertExplained(check("--config", fifo.toString(), STRATEGY), refused);
        assertExplained(check("--baseline", fifo.toString(), STRATEGY), refused);
        assertExplained(check("--actuals", fifo.toString(), STRATEGY), refused);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.move(fifo, rules.resolve("mine.drl"));
        assertExplained(check("--rules", rules.toString(), STRATEGY), "mine.drl:0: error: not a regular file");
    }

    @Test
    void aFifoAsThePreviousPeriodIsNeverOpened() throws IOException {
        Path fifo = fifo();
        Path strategy = dir.resolve("current.strategy");
        Files.writeString(strategy, Files.readString(Path.of("strategies/kushiro-3rd-draft.strategy"))
                .replace("前期戦略：kushiro-2nd.strategy", "前期戦略：input.fifo"));
        assertExplained(check(strategy.toString()), "input.fifo is not a regular file");
    }

    @Test
    void anEndlessDeviceIsNeverRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        String refused = "/dev/zero is not a regular file";
        assertExplained(check("/dev/zero"), refused);
        assertExplained(check("--config", "/dev/zero", STRATEGY), refused);
        assertExplained(check("--baseline", "/dev/zero", STRATEGY), refused);
        assertExplained(check("--actuals", "/dev/zero", STRATEGY), refused);
    }

    @Test
    void filesOverTheirLimitAreRefusedUnread() throws IOException {
        Path config = sparse("planlint.json", 1024 * 1024 + 1);
        Path actuals = sparse("actuals.csv", 16L * 1024 * 1024 + 1);
        Path baseline = sparse("baseline.json", 64L * 1024 * 1024 + 1);
        assertExplained(check("--config", config.toString(), STRATEGY),
                config + ":1:1: error: " + config + " is larger than 1 MiB, the largest file of its kind");
        assertExplained(check("--actuals", actuals.toString(), STRATEGY), "is larger than 16 MiB");
        assertExplained(check("--baseline", baseline.toString(), STRATEGY), "is larger than 64 MiB");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.move(sparse("big.drl", 1024 * 1024 + 1), rules.resolve("big.drl"));
        assertExplained(check("--rules", rules.toString(), STRATEGY), "larger than 1 MiB, the largest rule file");
    }

    @Test
    void aDirectoryIsNotAConfiguration() {
        assertExplained(check("--config", "strategies", STRATEGY), "strategies is a directory, not a file.");
    }

    @Test
    void configurationJsonIsReadStrictly() throws IOException {
        assertExplained(check("--config", write("dup.json", "{\"thresholds\": {\n  \"tamaSteady\": 1,\n"
                + "  \"tamaSteady\": 2}}"), STRATEGY), "dup.json:3:15: error: " + dir.resolve("dup.json")
                + " gives the key \"tamaSteady\" twice, at $.thresholds.tamaSteady: keep one.");
        assertExplained(check("--config", write("comment.json", "{\n  // strict\n}"), STRATEGY),
                "comment.json:2:4: error: " + dir.resolve("comment.json") + " is not valid JSON (RFC 8259) here");
        assertExplained(check("--config", write("trailing.json", "{} {}"), STRATEGY),
                "has more after its JSON value ends");
        assertExplained(check("--config", write("single.json", "{'scheme': 'elapsed-time'}"), STRATEGY),
                "is not valid JSON (RFC 8259) here");
        assertExplained(check("--config", write("deep.json", "[".repeat(10_000)), STRATEGY),
                "is not valid JSON (RFC 8259) here");
    }

    @Test
    void aConfigurationThatIsNotUtf8IsSaidWhere() throws IOException {
        Path config = dir.resolve("latin1.json");
        Files.write(config, new byte[] {'{', '\n', ' ', '"', 's', '"', ':', ' ', '"', (byte) 0xE9, '"', '}'});
        assertExplained(check("--config", config.toString(), STRATEGY),
                "latin1.json:2:8: error: " + config + " is not valid UTF-8 from here on.");
    }

    @Test
    void theDuplicateKeyMessageIsInJapaneseToo() throws IOException {
        CliRun run = CliRun.run(List.of("check", "--lang", "ja"), "--config",
                write("dup.json", "{\"scheme\": \"elapsed-time\", \"scheme\": \"tama-pro-rata\"}"), STRATEGY);
        assertExplained(run, "でキー「scheme」が2回書かれています");
    }

    @Test
    void thresholdsAreBoundedBeforeTheyAreUsed() throws IOException {
        assertExplained(check("--config", write("huge.json", "{\"thresholds\": {\"tamaSteady\": 1e99999999}}"),
                STRATEGY), "huge.json:1:31: error: In the configuration, $.thresholds.tamaSteady: threshold "
                + "tamaSteady must be between 0 and 1000");
        assertExplained(check("--config", write("huger.json", "{\"thresholds\": {\"tamaSteady\": 1e999999999}}"),
                STRATEGY), "must be between 0 and 1000");
        assertExplained(check("--config", write("years.json", "{\"thresholds\": {\"staleBaselineYears\": 1e10}}"),
                STRATEGY), "must be between 0 and 1000");
        assertExplained(check("--config", write("years.json", "{\"thresholds\": {\"staleBaselineYears\": 500}}"),
                STRATEGY), "staleBaselineYears is a whole number of years up to 100");
        assertExplained(check("--threshold", "nagayoBand=-0.1", STRATEGY), "must be between 0 and 1000");
        assertExplained(check("--config", write("null.json", "{\"thresholds\": {\"tamaSteady\": null}}"),
                STRATEGY), "must be a string or a number");
    }

    @Test
    void aBaselineThatIsNotAReportIsSaidWhereItIsWrong() throws IOException {
        String finding = "{\"rule\": %s, \"location\": {\"file\": \"a.strategy\"}, \"subject\": {\"kind\": \"kpi\","
                + " \"name\": \"x\"}}";
        assertExplained(check("--baseline", write("null.json", "{\"findings\": [" + finding.formatted("null")
                        + "]}"), STRATEGY),
                "null.json:1:15: error: " + dir.resolve("null.json") + " is not a planlint JSON report: "
                        + "$.findings[0].rule must be a JSON string.");
        assertExplained(check("--baseline", write("number.json", "{\"findings\": [" + finding.formatted("7")
                + "]}"), STRATEGY), "$.findings[0].rule must be a JSON string.");
        assertExplained(check("--baseline", write("none.json", "{\"report\": []}"), STRATEGY),
                "$.findings must be a JSON array.");
        assertExplained(check("--baseline", write("array.json", "[]"), STRATEGY), "$ must be a JSON object.");
        assertExplained(check("--baseline", write("dup.json", "{\"findings\": [], \"findings\": []}"), STRATEGY),
                "gives the key \"findings\" twice");
    }

    @Test
    void aBaselineWrittenByPlanlintIsRead() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        assertThat(check("--write-baseline", baseline.toString(), STRATEGY).exit()).isZero();
        CliRun run = check("--baseline", baseline.toString(), STRATEGY);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void anEmptyActualsFileIsSaidToBeEmpty() throws IOException {
        assertExplained(check("--actuals", write("actuals.csv", ""), STRATEGY),
                "actuals.csv:1:1: error: " + dir.resolve("actuals.csv") + " is empty: an actuals file starts with");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.run(List.of("check", "--lang", "xx"), STRATEGY);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang takes ja or en (or ja-JP, en-US …), not \"xx\"");
    }

    @Test
    void theRootFolderIsNoInternalError() {
        CliRun run = check("/proc/self/fdinfo");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err() + run.out()).doesNotContain("internal error");
    }

    @Test
    void aLineIsQuotedFromTheIndexBuiltOnce() {
        SourceFile source = new SourceFile("a", "one\ntwo\r\nthree\rfour\n\nsix");
        assertThat(source.lineCount()).isEqualTo(6);
        assertThat(List.of(source.line(1), source.line(2), source.line(3), source.line(4), source.line(5),
                source.line(6))).containsExactly("one", "two", "three", "four", "", "six");
        assertThat(source.line(0)).isEmpty();
        assertThat(source.line(7)).isEmpty();
        assertThat(new SourceFile("b", "a\n").lineCount()).isEqualTo(1);
        assertThat(new SourceFile("c", "").lineCount()).isZero();
    }

    /**
     * Under LANG=C Java cannot name a Japanese file (its file-name encoding is ASCII): a 前期戦略 of that name is an
     * error at its line and the rest of the batch is still checked; a Japanese file on the command line is a usage
     * error that says what to do. Under C.UTF-8 the same files are read.
     */
    @Test
    void aJapaneseFileNameUnderLangCIsExplainedAndTheBatchGoesOn() throws Exception {
        assumeTrue(runs("bash", "-c", "true"), "bash is not available");
        Path current = dir.resolve("current.strategy");
        Files.copy(Path.of("strategies/kushiro-2nd.strategy"), dir.resolve("前期.strategy"));
        Files.writeString(current, Files.readString(Path.of("strategies/kushiro-3rd-draft.strategy"))
                .replace("前期戦略：kushiro-2nd.strategy", "前期戦略：前期.strategy"));
        Files.copy(Path.of("strategies/kushiro-2nd.strategy"), dir.resolve("other.strategy"));

        Child ascii = child(Map.of("LANG", "C", "LC_ALL", "C"), "check", "--lang", "en", "--as-of", "2026-11-29",
                "--fail-on", "never", current.toString(), dir.resolve("other.strategy").toString());
        assertThat(ascii.exit()).isEqualTo(2);
        assertThat(ascii.out()).contains("current.strategy:14:1: error: The file name 前期.strategy cannot be used on "
                + "this machine: its locale encodes file names as ANSI_X3.4-1968, not UTF-8. Run planlint under a "
                + "UTF-8 locale, e.g. LANG=C.UTF-8.").contains("1 strategy checked")
                .doesNotContain("Exception").doesNotContain("internal error");

        Child argument = child(Map.of("LANG", "C", "LC_ALL", "C"), "check", "--lang", "en",
                dir.resolve("前期.strategy").toString());
        assertThat(argument.exit()).isEqualTo(2);
        assertThat(argument.err()).contains("cannot be read: this machine's locale encodes file names as "
                + "ANSI_X3.4-1968, not UTF-8; run planlint under a UTF-8 locale, e.g. LANG=C.UTF-8")
                .doesNotContain("InvalidPathException");

        Child utf8 = child(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), "check", "--lang", "en", "--as-of",
                "2026-11-29", "--fail-on", "never", current.toString());
        assumeTrue(!utf8.out().contains("ANSI_X3.4-1968"), "no C.UTF-8 locale on this machine");
        assertThat(utf8.exit()).as(utf8.err() + utf8.out()).isZero();
    }

    @Test
    void shiftJisIsReadAsWindows31j() throws IOException {
        Path strategy = dir.resolve("sjis.strategy");
        Files.write(strategy, Files.readString(Path.of("strategies/kushiro-2nd.strategy"))
                .replaceAll("前期戦略：.*\n", "").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        assertThat(Files.readString(Path.of("strategies/kushiro-2nd.strategy"))).contains("①");
        CliRun run = check("--encoding", "Shift_JIS", strategy.toString());
        assertThat(run.exit()).as(run.out()).isZero();
    }

    private record Child(int exit, String out, String err) {
    }

    private static Child child(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("dev.planlint.cli.Main"));
        command.addAll(List.of(arguments));
        Process process = dev.planlint.ChildJvm.start(command, "", environment);
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException failed) {
                return new byte[0];
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Child(process.exitValue(), out, new String(err.get(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    /** A file of this size that takes no room on disk. */
    private Path sparse(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
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
