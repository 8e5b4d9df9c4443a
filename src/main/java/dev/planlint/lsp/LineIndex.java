package dev.planlint.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.List;

/**
 * planlint's positions (1-based lines, 1-based columns counted in code points) as LSP's (0-based lines, characters
 * counted in UTF-16 units), over the text the editor holds.
 */
final class LineIndex {

    private final List<String> lines;

    LineIndex(String text) {
        this.lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** The position of a 1-based line and code-point column, clamped to the text. */
    /** How many lines the text has. */
    int size() {
        return lines.size();
    }

    /** The text of a 0-based line; empty past the end. */
    String line(int row) {
        return row >= 0 && row < lines.size() ? lines.get(row) : "";
    }

    Position position(int line, int column) {
        int row = Math.max(0, Math.min(line - 1, lines.size() - 1));
        String text = lines.get(row);
        int codePoints = Math.max(0, Math.min(column - 1, text.codePointCount(0, text.length())));
        return new Position(row, text.offsetByCodePoints(0, codePoints));
    }

    /** From the column to the end of its line (at least one character where the line has one). */
    Range toEndOfLine(int line, int column) {
        Position start = position(line, column);
        return new Range(start, endOf(start.getLine()));
    }

    /** Whole lines {@code first} to {@code last}, 1-based. */
    Range lines(int first, int last) {
        Position start = position(first, 1);
        return new Range(start, endOf(Math.max(start.getLine(), position(last, 1).getLine())));
    }

    Position endOf(int row) {
        return new Position(row, lines.get(row).length());
    }

    int lastLine() {
        return lines.size();
    }

    /** The whole text, for a replacing edit. */
    Range all() {
        return new Range(new Position(0, 0), endOf(lines.size() - 1));
    }
}
