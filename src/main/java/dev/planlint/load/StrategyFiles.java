package dev.planlint.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a command line names: a file as it is, a directory as every {@code *.strategy} file below it, sorted so
 * that the order of entries in a directory never shows in a report. Symbolic links to directories are not followed.
 * A directory with no strategy file stays as it is, for the loader to report.
 */
public final class StrategyFiles {

    public static final String EXTENSION = ".strategy";

    private StrategyFiles() {
    }

    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            List<Path> found = Files.isDirectory(argument) ? below(argument) : List.of();
            if (!found.isEmpty()) {
                files.addAll(found);
            } else {
                files.add(argument);
            }
        }
        return files.stream().map(Path::normalize).distinct().sorted().toList();
    }

    private static List<Path> below(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.getFileName() != null
                            && path.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException unreadable) {
            return List.of(directory);
        }
    }
}
