package dev.planlint.render;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Text renderers write UTF-8 with LF line ends, whatever the platform, so that output is byte-identical. */
final class Utf8 {

    private Utf8() {
    }

    static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false) {
            @Override
            public void println() {
                write('\n');
            }
        };
    }
}
