package dev.planlint.cli;

import dev.planlint.check.Report;
import dev.planlint.render.ReportRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a rendered report goes: a file, replaced whole, or the command's own writer ({@code -} or no file), so tests
 * can capture it. A write that fails is an error, never a report taken for whole.
 */
final class ReportOutput {

    private ReportOutput() {
    }

    static void write(ReportRenderer renderer, Report report, Optional<Path> file, PrintWriter out,
                      String formatName) throws IOException {
        if (file.isPresent() && !OutputTargets.isStandardOutput(file.get())) {
            writeFile(file.get(), stream -> renderer.render(report, stream));
            return;
        }
        if (!renderer.isText()) {
            throw new OutputException("output.needsFile", formatName);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        renderer.render(report, buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        if (out.checkError()) {
            throw new OutputException("output.failed", OutputTargets.STANDARD_OUTPUT, "write error");
        }
    }

    static void writeFile(Path file, AtomicFile.Content content) throws IOException {
        try {
            AtomicFile.write(file, content);
        } catch (OutputException refused) {
            throw refused;
        } catch (IOException failed) {
            throw new OutputException("output.failed", file, reason(failed));
        }
    }

    /** The operating system's words (No space left on device, File too large), without a Java class name. */
    private static String reason(IOException wrapped) {
        IOException failed = wrapped;
        for (Throwable cause = wrapped.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException deeper) {
                failed = deeper;
            }
        }
        if (failed instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (failed instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return failed.getMessage() != null ? failed.getMessage() : "input/output error";
    }
}
