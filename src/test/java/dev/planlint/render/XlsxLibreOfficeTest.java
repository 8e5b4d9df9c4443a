package dev.planlint.render;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 効果検証シート as an office prints it: LibreOffice converts the Kushiro draft's xlsx to PDF headless, and every
 * page must be landscape with the Japanese headings on it. Skipped where LibreOffice is not installed (.ci/run
 * installs libreoffice-calc).
 */
class XlsxLibreOfficeTest {

    private static final Pattern MEDIA_BOX = Pattern.compile(
            "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*]");

    @Test
    void kushiroDraftPrintsOnLandscapePagesInJapanese(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed: the PDF check of the xlsx is skipped");
        byte[] xlsx = CliRun.writing("check", "--as-of", "2026-06-30", "--fail-on", "never", "--format", "xlsx",
                "--lang", "ja", "strategies/kushiro-3rd-draft.strategy").expectExit(0).written();
        Path sheet = dir.resolve("kushiro.xlsx");
        Files.write(sheet, xlsx);
        // Its own profile, so that a LibreOffice the user has open neither blocks nor changes the conversion.
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), sheet.toString());
        Path pdf = dir.resolve("kushiro.pdf");
        assertThat(pdf).exists();

        List<double[]> boxes = mediaBoxes(Files.readAllBytes(pdf));
        assertThat(boxes).as("page boxes").isNotEmpty();
        for (double[] box : boxes) {
            double width = box[2] - box[0];
            double height = box[3] - box[1];
            assertThat(width).as("landscape page %s x %s", width, height).isGreaterThan(height);
            assertThat(width).as("A4 is 842 points wide in landscape").isBetween(835.0, 850.0);
        }
        if (onPath("pdftotext")) {
            Path text = dir.resolve("kushiro.txt");
            run(dir, "pdftotext", "-layout", pdf.toString(), text.toString());
            String printed = Files.readString(text, StandardCharsets.UTF_8);
            assertThat(printed).contains("効果検証シート", "総括", "基本目標1", "前期の検証", "達成率", "担当課",
                    "R7年度", "延べ宿泊客数");
            assertThat(printed).doesNotContain("needs-improvement", "mostly");
        }
    }

    /** Every /MediaBox of the file; LibreOffice writes page dictionaries uncompressed. */
    static List<double[]> mediaBoxes(byte[] pdf) {
        Matcher matcher = MEDIA_BOX.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        List<double[]> boxes = new ArrayList<>();
        while (matcher.find()) {
            boxes.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                    Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4))});
        }
        return boxes;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + command[0] + ".txt").toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish in 300 seconds");
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + ": "
                + Files.readString(dir.resolve("log-" + command[0] + ".txt"))).isZero();
    }
}
