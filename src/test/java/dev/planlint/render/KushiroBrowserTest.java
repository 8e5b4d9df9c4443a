package dev.planlint.render;

import dev.planlint.CliRun;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report of the Kushiro pair (3rd period draft against the 2nd) in a real browser: headless Chromium loads
 * it without console errors, shows one chart per KPI and the between-period table, and leaves a screenshot in
 * target/kushiro-report.png. Skipped where /usr/bin/chromium is not installed (.ci/run installs it).
 */
class KushiroBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path KUSHIRO = Path.of("strategies/kushiro-3rd-draft.strategy");

    @TempDir
    Path temp;

    @Test
    void rendersInChromiumWithAChartPerKpi() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
        Path report = Path.of("target/kushiro.html").toAbsolutePath();
        Files.createDirectories(report.getParent());
        Files.write(report, CliRun.writing("check", "--as-of", "2026-11-29", "--fail-on", "never", "--format", "html",
                "--lang", "ja", KUSHIRO.toString()).expectExit(0, 2).written());

        Result dom = chromium(report, "--dump-dom");
        assertThat(dom.exit()).as("chromium exit; stderr: %s", dom.stderr()).isZero();
        long kpis = Files.readAllLines(KUSHIRO, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("・"))
                .count();
        assertThat(kpis).isEqualTo(9);
        assertThat(Pattern.compile("<svg [^>]*class=\"chart\"").matcher(dom.stdout()).results().count())
                .isEqualTo(kpis);
        assertThat(Pattern.compile("<figure class=\"kpi\"").matcher(dom.stdout()).results().count()).isEqualTo(kpis);
        assertThat(dom.stdout()).contains("<h3>前期との比較</h3>", "第2期釧路市まち・ひと・しごと創生総合戦略",
                "延べ宿泊客数").doesNotContain("<script", "Uncaught", "ERR_", "NaN");
        assertNoConsoleErrors(dom.stderr());

        Path screenshot = Path.of("target/kushiro-report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Result shot = chromium(report, "--screenshot=" + screenshot, "--window-size=1280,4000");
        assertThat(shot.exit()).as("chromium exit; stderr: %s", shot.stderr()).isZero();
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertNoConsoleErrors(shot.stderr());
    }

    private static void assertNoConsoleErrors(String stderr) {
        List<String> problems = stderr.lines()
                .filter(line -> line.contains("Uncaught") || line.contains("ERROR:CONSOLE")
                        || line.contains(":CONSOLE("))
                .toList();
        assertThat(problems).as("console messages of the page").isEmpty();
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result chromium(Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path out = temp.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = temp.resolve("chromium-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
