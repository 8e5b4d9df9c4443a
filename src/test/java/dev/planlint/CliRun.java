package dev.planlint;

import dev.planlint.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line, in process as tests call it: the exit code and what went to each stream. */
public record CliRun(int exit, String out, String err) {

    public static CliRun run(List<String> first, String... rest) {
        List<String> arguments = new ArrayList<>(first);
        arguments.addAll(List.of(rest));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
