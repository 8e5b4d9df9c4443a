package dev.planlint.cli;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.model.Located;
import dev.planlint.model.Strategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a run writes, checked before anything is read or written: an output may not be one of the run's inputs
 * (after links are followed, and as a hard link too), may not be a directory or a read-only file, and two outputs
 * may not be the same file. {@code -} is standard output and is never a file.
 */
final class OutputTargets {

    static final String STANDARD_OUTPUT = "-";

    private final Map<String, Path> outputs = new LinkedHashMap<>();

    /** @param option the option that names the output, as the user typed it, for the message */
    OutputTargets add(String option, Path output) {
        if (output != null && !isStandardOutput(output)) {
            outputs.put(option, output);
        }
        return this;
    }

    static boolean isStandardOutput(Path output) {
        return output.toString().equals(STANDARD_OUTPUT);
    }

    /** Refuses an output that is a directory, read-only, one of {@code inputs} or the same file as another output. */
    void check(Collection<Path> inputs) throws OutputException {
        checkNotInput(inputs);
        List<Map.Entry<String, Path>> seen = new ArrayList<>();
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            Path path = output.getValue();
            Path destination = followLinks(path);
            if (Files.isDirectory(destination)) {
                throw new OutputException("output.directory", output.getKey(), path);
            }
            if (Files.isRegularFile(destination) && isReadOnly(destination)) {
                throw new OutputException("output.readOnly", output.getKey(), path);
            }
            for (Map.Entry<String, Path> earlier : seen) {
                if (sameFile(earlier.getValue(), path)) {
                    throw new OutputException("output.sameFile", earlier.getKey(), output.getKey(), path);
                }
            }
            seen.add(output);
        }
    }

    /** Refuses an output that is one of {@code inputs}; called again once the previous-period files are known. */
    void checkNotInput(Collection<Path> inputs) throws OutputException {
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            Optional<Path> input = inputs.stream().filter(candidate -> sameFile(candidate, output.getValue()))
                    .findFirst();
            if (input.isPresent()) {
                throw new OutputException("output.isInput", output.getKey(), output.getValue());
            }
        }
    }

    /**
     * The files a report was made from, previous periods included: those quoted by a diagnostic and every strategy
     * of a valid chain. A display name that is not a path is skipped.
     */
    static List<Path> filesRead(Report report) {
        List<String> names = new ArrayList<>(report.sources().keySet());
        for (ReportedStrategy checked : report.strategies()) {
            names.add(checked.strategy().file());
            checked.predecessor().ifPresent(previous -> names.add(previous.file()));
            names.addAll(chainNamedBy(checked.predecessor().orElse(checked.strategy())));
        }
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            try {
                paths.add(Path.of(name));
            } catch (InvalidPathException notAPath) {
                // Not a file name (a test's in-memory source): it cannot be an output either.
            }
        }
        return paths;
    }

    /**
     * The file a strategy's 前期戦略 names, resolved as the loader resolves it (relative to the file that names it),
     * without reading anything: the report keeps a strategy and its predecessor, not the predecessor's own.
     */
    private static List<String> chainNamedBy(Strategy strategy) {
        Optional<Located<String>> named = strategy.predecessorFile();
        if (named.isEmpty()) {
            return List.of();
        }
        try {
            Path from = Path.of(strategy.file());
            return List.of((from.getParent() == null ? Path.of(named.get().value())
                    : from.getParent().resolve(named.get().value()).normalize()).toString());
        } catch (InvalidPathException notAPath) {
            return List.of();
        }
    }

    /** Where writing {@code path} lands: the file a link points at, so that the link is kept. */
    static Path followLinks(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : realParent(absolute);
        } catch (IOException unresolvable) {
            return absolute;
        }
    }

    private static Path realParent(Path absolute) throws IOException {
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return absolute;
        }
        return parent.toRealPath().resolve(absolute.getFileName());
    }

    private static boolean sameFile(Path a, Path b) {
        if (followLinks(a).equals(followLinks(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** From the mode bits, not only from access(2): root may write anything, but a 0444 file says "keep me". */
    private static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        try {
            return view != null && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
