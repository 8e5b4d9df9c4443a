package dev.planlint.cli;

import dev.planlint.check.Report;
import dev.planlint.render.ReportRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Where a rendered report goes: a file, replaced whole, or the command's own writer, so tests can capture it. */
final class ReportOutput {

    private ReportOutput() {
    }

    static void write(ReportRenderer renderer, Report report, Optional<Path> file, PrintWriter out,
                      String formatName) throws IOException {
        if (file.isPresent()) {
            AtomicFile.write(file.get(), stream -> renderer.render(report, stream));
            return;
        }
        if (!renderer.isText()) {
            throw new IOException("the " + formatName + " format is a file: give --output FILE");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        renderer.render(report, buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
