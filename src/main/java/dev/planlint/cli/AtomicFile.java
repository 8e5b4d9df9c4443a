package dev.planlint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either the old file or the whole new one: into a temporary file beside it, then
 * moved into place. An interrupted run leaves the old file untouched.
 */
final class AtomicFile {

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * A new file beside the target, made with the permissions new files get here (not the owner-only ones of
     * {@code Files.createTempFile}), so that a report is as readable as any other file the user writes.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(target.resolveSibling(prefix + attempt + ".tmp"));
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 1000) {
                    throw taken;
                }
            }
        }
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = temporaryBeside(absolute);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
