package dev.planlint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that it is either the old file or the whole new one: into a temporary file beside it, checked,
 * flushed and synced, then moved into place with the old file's mode. A link is followed, so the link stays a link.
 * A device or FIFO is not a file to replace: it is written in place. Temporary files are removed on every way out,
 * a signal included (not SIGKILL, which no process can see).
 */
final class AtomicFile {

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removePending, "planlint-temporary-files"));
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path destination = OutputTargets.followLinks(target);
        if (Files.exists(destination) && !Files.isRegularFile(destination) && !Files.isDirectory(destination)) {
            writeInPlace(destination, content);
            return;
        }
        Path directory = destination.getParent();
        Files.createDirectories(directory);
        Path temporary = temporaryBeside(destination);
        try {
            keepMode(destination, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                writeChecked(Channels.newOutputStream(channel), content);
                channel.force(true);
            }
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
            PENDING.remove(temporary);
        }
    }

    /** A device ({@code /dev/null}) or a FIFO: replacing it with a regular file would break it for everyone. */
    private static void writeInPlace(Path destination, Content content) throws IOException {
        try (OutputStream out = Files.newOutputStream(destination, StandardOpenOption.WRITE)) {
            writeChecked(out, content);
        }
    }

    /**
     * Renderers write through a {@code PrintWriter}, which swallows an {@code IOException} (disk full, file size
     * limit): the first failure is kept here and thrown once the content is written, so a failed write is never
     * taken for a whole one.
     */
    private static void writeChecked(OutputStream out, Content content) throws IOException {
        FailureKeepingStream checked = new FailureKeepingStream(out);
        content.writeTo(checked);
        checked.flush();
        checked.throwFirstFailure();
    }

    /**
     * A new file beside the target, made with the permissions new files get here (not the owner-only ones of
     * {@code Files.createTempFile}), so that a new report is as readable as any other file the user writes.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                Path temporary = target.resolveSibling(prefix + attempt + ".tmp");
                PENDING.add(temporary);
                Files.createFile(temporary);
                return temporary;
            } catch (FileAlreadyExistsException taken) {
                PENDING.remove(target.resolveSibling(prefix + attempt + ".tmp"));
                if (attempt > 1000) {
                    throw taken;
                }
            }
        }
    }

    /** A file the user made private (0600) stays private when it is replaced. */
    private static void keepMode(Path old, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(replacement, view.readAttributes().permissions());
        }
    }

    /** So that the move itself survives a power cut; not every file system can sync a directory. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // The file itself is synced; the directory entry is the file system's business where this fails.
        }
    }

    private static void removePending() {
        for (Path temporary : PENDING) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException alreadyGone) {
                // Nothing more can be done while the process ends.
            }
        }
    }

    /** Passes bytes on, keeping the first {@code IOException} for a writer that would swallow it. */
    private static final class FailureKeepingStream extends OutputStream {

        private final OutputStream out;
        private IOException firstFailure;

        FailureKeepingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            kept(() -> out.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            kept(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            kept(out::flush);
        }

        /** The stream belongs to {@link AtomicFile}, which syncs it before closing: a renderer only flushes. */
        @Override
        public void close() throws IOException {
            flush();
        }

        void throwFirstFailure() throws IOException {
            if (firstFailure != null) {
                throw firstFailure;
            }
        }

        private void kept(Step step) throws IOException {
            if (firstFailure != null) {
                throw firstFailure;
            }
            try {
                step.run();
            } catch (IOException failed) {
                firstFailure = failed;
                throw failed;
            }
        }

        private interface Step {
            void run() throws IOException;
        }
    }
}
