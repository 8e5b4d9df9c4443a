package dev.planlint.render;

import dev.planlint.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code planlint check} as CI would, on a fixture of src/test/resources/golden/, and keeps the bytes written. */
record ReportRun(int exitCode, byte[] bytes, String stderr) {

    static final Path FIXTURES = Path.of("src/test/resources/golden");
    static final String AS_OF = "2026-11-29";

    static ReportRun check(String format, String fixture, String... options) throws IOException {
        Path output = Files.createTempFile("planlint-report", "." + format);
        try {
            List<String> arguments = new ArrayList<>(List.of("check", "--format", format, "--as-of", AS_OF,
                    "--fail-on", "never", "--lang", "en", "--output", output.toString()));
            arguments.addAll(List.of(options));
            arguments.add(FIXTURES.resolve(fixture + ".strategy").toString().replace('\\', '/'));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
            return new ReportRun(exit, Files.readAllBytes(output), err.toString());
        } finally {
            Files.deleteIfExists(output);
        }
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
