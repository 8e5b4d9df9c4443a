package dev.planlint.cli;

import dev.planlint.check.Report;
import dev.planlint.diagnostic.Messages;
import dev.planlint.render.RenderOptions;
import dev.planlint.render.ReportFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * The job summary of a GitHub Actions step: with {@code --format github}, the whole report as Markdown is appended to
 * the file the runner names in {@code GITHUB_STEP_SUMMARY}, so that what the annotations cannot show (GitHub shows
 * ten of a kind) is on the run's page. Appended, not replaced: other steps' tools write to the same file. GitHub
 * keeps at most 1 MiB of summary per step, so a longer report is cut at a line and says so.
 */
final class StepSummary {

    static final String VARIABLE = "GITHUB_STEP_SUMMARY";
    static final long LIMIT = 1024 * 1024;

    private StepSummary() {
    }

    /** Appends the report when the variable names a file; a failure is reported on {@code err} and not fatal. */
    static void appendIfRequested(Report report, RenderOptions options, PrintWriter err) {
        String name = System.getenv(VARIABLE);
        if (name == null || name.isBlank()) {
            return;
        }
        Path file = Path.of(name);
        try {
            ByteArrayOutputStream markdown = new ByteArrayOutputStream();
            ReportFormat.MARKDOWN.renderer(options).render(report, markdown);
            long used = Files.exists(file) ? Files.size(file) : 0;
            byte[] fitted = fit(markdown.toByteArray(), LIMIT - used, options.locale());
            Files.write(file, fitted, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException failed) {
            err.println("planlint: cannot append the report to the job summary " + file + " ("
                    + VARIABLE + "): " + failed.getMessage());
        }
    }

    /**
     * The report if it fits into {@code room} bytes; otherwise as many whole lines of it as fit with a closing note
     * that it was cut, or nothing when not even the note fits.
     */
    static byte[] fit(byte[] markdown, long room, Locale locale) {
        if (markdown.length <= room) {
            return markdown;
        }
        byte[] note = ("\n> " + Messages.text(locale, "github.summaryTruncated") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        long keep = room - note.length;
        if (keep <= 0) {
            return new byte[0];
        }
        int end = (int) Math.min(keep, markdown.length);
        while (end > 0 && markdown[end - 1] != '\n') {
            end--;
        }
        byte[] cut = Arrays.copyOf(markdown, end + note.length);
        System.arraycopy(note, 0, cut, end, note.length);
        return cut;
    }
}
