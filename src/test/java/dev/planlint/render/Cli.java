package dev.planlint.render;

import dev.planlint.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs planlint as the command line does and returns what it wrote to --output. */
final class Cli {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private Cli() {
    }

    static byte[] run(Path directory, String... arguments) throws IOException {
        Path output = Files.createTempFile(directory, "report", ".out");
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(1, List.of("--output", output.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        assertThat(exit).as("exit code; stderr: %s", err).isIn(0, 2);
        return Files.readAllBytes(output);
    }

    static String text(Path directory, String... arguments) throws IOException {
        return new String(run(directory, arguments), java.nio.charset.StandardCharsets.UTF_8);
    }
}
