package dev.planlint.diagnostic;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A strategy file's text as read, kept so that messages can quote the line they point at. Where each line starts is
 * found once, so that quoting a line costs its length, not the file's: a file with 76,000 bad lines took minutes when
 * each message split the whole text again.
 */
public final class SourceFile {

    private final String displayName;
    private final String text;
    /** Offsets of the first character of each line; a final line end does not start a line. */
    private final int[] lineStarts;

    public SourceFile(String displayName, String text) {
        this.displayName = Objects.requireNonNull(displayName);
        this.text = Objects.requireNonNull(text);
        this.lineStarts = lineStarts(text);
    }

    public String displayName() {
        return displayName;
    }

    public String text() {
        return text;
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Line {@code number} (from 1) without its line end; empty outside the file. */
    public String line(int number) {
        if (number < 1 || number > lineStarts.length) {
            return "";
        }
        int start = lineStarts[number - 1];
        int end = number < lineStarts.length ? lineStarts[number] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        int start = 0;
        while (start < text.length()) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end < text.length() - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile that && displayName.equals(that.displayName) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, text);
    }

    @Override
    public String toString() {
        return "SourceFile[" + displayName + "]";
    }
}
