package dev.planlint;

import dev.planlint.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the command line, in process as every test calls it: the exit code, what went to each stream and, for
 * {@link #writing}, the bytes written to {@code --output}. The only place a test calls {@link Main#run}.
 */
public record CliRun(int exit, String out, String err, byte[] written) {

    public static CliRun run(String... arguments) {
        return run(List.of(arguments));
    }

    public static CliRun run(List<String> first, String... rest) {
        List<String> arguments = new ArrayList<>(first);
        arguments.addAll(List.of(rest));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString(), new byte[0]);
    }

    /** Runs with {@code --output} to a temporary file (right after the subcommand) and keeps what was written. */
    public static CliRun writing(String... arguments) throws IOException {
        return writing(List.of(arguments));
    }

    public static CliRun writing(List<String> arguments) throws IOException {
        Path output = Files.createTempFile("planlint-report", ".out");
        try {
            List<String> all = new ArrayList<>(arguments);
            all.addAll(1, List.of("--output", output.toString()));
            CliRun run = run(all);
            return new CliRun(run.exit, run.out, run.err, Files.readAllBytes(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** This run, after checking that it exited with one of {@code codes}. */
    public CliRun expectExit(Integer... codes) {
        assertThat(exit).as("exit code; stderr: %s", err).isIn((Object[]) codes);
        return this;
    }

    public String writtenText() {
        return new String(written, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CliRun run && exit == run.exit && out.equals(run.out) && err.equals(run.err)
                && Arrays.equals(written, run.written);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * exit + out.hashCode()) + err.hashCode()) + Arrays.hashCode(written);
    }

    @Override
    public String toString() {
        return "CliRun[exit=" + exit + ", out=" + out + ", err=" + err + ", written=" + written.length + " bytes]";
    }
}
