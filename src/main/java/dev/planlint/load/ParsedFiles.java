package dev.planlint.load;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.SourceFile;
import dev.planlint.model.Strategy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The files of one run, each read, parsed and validated once although it may be checked itself and also named as
 * another file's predecessor. Only the most recent few are kept, which is where a sorted batch finds a predecessor,
 * so that a large batch does not hold every model. A file being parsed on another thread is waited for; a parse
 * never waits for another, so threads cannot wait on each other in a circle.
 */
public final class ParsedFiles {

    private static final int KEPT = 32;

    /** What reading a file gave: its text when it could be read, the problems found, the valid model if any. */
    record Parsed(Optional<SourceFile> source, List<Diagnostic> diagnostics, Optional<Strategy> strategy) {
    }

    private final boolean untilChanged;

    /** The files of one run: each read once, as it was when first read. */
    public ParsedFiles() {
        this(false);
    }

    private ParsedFiles(boolean untilChanged) {
        this.untilChanged = untilChanged;
    }

    /**
     * Files kept across runs (a language server's checks of the same draft, which read its 前期戦略 each time): a file
     * is read again when its last-modified time or size differs from when it was read, or after {@link #forget}.
     */
    public static ParsedFiles untilChanged() {
        return new ParsedFiles(true);
    }

    /** Every file is read again next time (a file changed on disk in a way its time and size may not show). */
    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }

    private final Map<String, CompletableFuture<Parsed>> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Parsed>> eldest) {
            return size() > KEPT;
        }
    };

    /** The file at {@code realPath} as named {@code displayName} (positions carry the name), parsed once. */
    Parsed parse(Path realPath, String displayName, Supplier<Parsed> reading) {
        String key = realPath + "\u0000" + displayName + (untilChanged ? "\u0000" + stamp(realPath) : "");
        CompletableFuture<Parsed> mine = new CompletableFuture<>();
        CompletableFuture<Parsed> earlier;
        synchronized (recent) {
            earlier = recent.putIfAbsent(key, mine);
        }
        if (earlier != null) {
            return earlier.join();
        }
        try {
            Parsed parsed = reading.get();
            mine.complete(parsed);
            return parsed;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            synchronized (recent) {
                recent.remove(key, mine);
            }
            throw failed;
        }
    }

    /** The file's last-modified time and size; a file that cannot be read is stamped so, and read (and fails) anew. */
    private static String stamp(Path realPath) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = java.nio.file.Files.readAttributes(realPath,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.lastModifiedTime() + "\u0000" + attributes.size();
        } catch (java.io.IOException unreadable) {
            return "unreadable\u0000" + System.nanoTime();
        }
    }
}
