package dev.planlint.render;

import dev.planlint.check.Report;

import java.io.IOException;
import java.io.OutputStream;

/** One output format of {@code planlint check}. Renderers only render: every judgement is in the report. */
public interface ReportRenderer {

    void render(Report report, OutputStream out) throws IOException;

    /** Whether the output is text (can go to the terminal) rather than a binary file such as a workbook. */
    default boolean isText() {
        return true;
    }
}
