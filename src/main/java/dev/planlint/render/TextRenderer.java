package dev.planlint.render;

import dev.planlint.check.Report;

import java.io.OutputStream;
import java.io.PrintWriter;

/** A renderer that writes text: UTF-8 with LF line ends, whatever the platform, so output is byte-identical. */
interface TextRenderer extends ReportRenderer {

    void render(Report report, PrintWriter out);

    @Override
    default void render(Report report, OutputStream stream) {
        PrintWriter out = Utf8.writer(stream);
        render(report, out);
        out.flush();
    }
}
