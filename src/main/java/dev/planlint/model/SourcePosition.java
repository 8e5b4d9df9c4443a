package dev.planlint.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an element was written: the file as given by the user, a 1-based line and a 1-based column; or, in a
 * workbook (an {@code --actuals} xlsx), a cell: its {@code sheet}, with the row as line and the column as column, so
 * that positions sort and compare the same way and every output can say {@code actuals.xlsx:基本目標1!F7}.
 */
public record SourcePosition(String file, int line, int column, Optional<String> sheet)
        implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::file)
            .thenComparing(position -> position.sheet().orElse(""))
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        Objects.requireNonNull(sheet);
    }

    public SourcePosition(String file, int line, int column) {
        this(file, line, column, Optional.empty());
    }

    /** Cell {@code column}{@code row} of {@code sheet}, both from 1 as a spreadsheet counts them (F7: row 7, column 6). */
    public static SourcePosition cell(String file, String sheet, int row, int column) {
        return new SourcePosition(file, row, column, Optional.of(sheet));
    }

    /** The cell in A1 notation with its sheet, 基本目標1!F7 ('My goals'!F7 where Excel quotes); empty for a line. */
    public Optional<String> cell() {
        return sheet.map(name -> quotedSheet(name) + "!" + columnLetters(column) + line);
    }

    /** Where in the file: {@code 12:5} for a line and column, {@code 基本目標1!F7} for a cell. */
    public String place() {
        return cell().orElse(line + ":" + column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + place();
    }

    /** A column as a spreadsheet names it: 1 as A, 26 as Z, 27 as AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = Math.max(1, column); rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /** As Excel writes a sheet in a reference: quoted (quotes doubled) unless it is letters, digits and _ only. */
    private static String quotedSheet(String name) {
        boolean plain = !name.isEmpty() && name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return plain ? name : "'" + name.replace("'", "''") + "'";
    }
}
