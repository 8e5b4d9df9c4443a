package dev.planlint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * This test run's JVM and class path started in a child process, through bash so that a limit ({@code ulimit -f})
 * or an environment (LANG=C) can be set first: for what only a process of its own shows.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(List<String> mainAndArguments, String shellPrefix, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:-UsePerfData", "-Xshare:off", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        StringBuilder script = new StringBuilder(shellPrefix).append("exec");
        for (String word : command) {
            script.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
