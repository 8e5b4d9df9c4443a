package dev.planlint.load;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.model.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input file whole, bounded: only a regular file (a device such as {@code /dev/zero} never ends, a FIFO
 * blocks forever), at most {@code limit} bytes, counted while reading so that a file that grows is bounded too.
 * Every refusal is a diagnostic at the file's start.
 */
public final class InputFile {

    private InputFile() {
    }

    /** @param limit the largest size read, in bytes: a whole number of MiB, as the message says it */
    public static byte[] read(Path file, long limit) throws InputError {
        return read(file, file.toString(), limit);
    }

    /** @param name the file as the user named it, for the message */
    public static byte[] read(Path file, String name, long limit) throws InputError {
        SourcePosition start = new SourcePosition(name, 1, 1);
        if (!Files.exists(file)) {
            throw new InputError(Diagnostic.error(start, "file.missing", name));
        }
        if (Files.isDirectory(file)) {
            throw new InputError(Diagnostic.error(start, "file.notAFile", name));
        }
        if (!Files.isRegularFile(file)) {
            throw new InputError(Diagnostic.error(start, "file.notRegular", name));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new InputError(Diagnostic.error(start, "file.inputTooLarge", name,
                        String.valueOf(limit / 1024 / 1024)));
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new InputError(Diagnostic.error(start, "file.unreadable", name, reason(unreadable)));
        }
    }

    /** A UTF-8 text file (a BOM is dropped), decoded strictly: a byte that is not UTF-8 is an error at its line. */
    public static String readUtf8(Path file, long limit) throws InputError {
        byte[] bytes = read(file, limit);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        byte[] content = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        java.util.Optional<String> text = TextDecoding.decode(content, java.nio.charset.StandardCharsets.UTF_8);
        if (text.isPresent()) {
            return text.get();
        }
        String before = TextDecoding.validPrefix(content, java.nio.charset.StandardCharsets.UTF_8);
        throw new InputError(Diagnostic.error(StrategyLoader.positionAfter(before, file.toString()),
                "file.notDecodable", file.toString(), "UTF-8"));
    }

    /** The operating system's words, never a Java class name. */
    public static String reason(IOException unreadable) {
        if (unreadable instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (unreadable instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return unreadable.getMessage() != null ? unreadable.getMessage() : "input/output error";
    }
}
