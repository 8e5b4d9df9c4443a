package dev.planlint.fmt;

import dev.planlint.parser.StrategyLines.Kind;
import dev.planlint.parser.StrategyLines.Line;
import dev.planlint.parser.StrategyLines.Piece;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * One line laid out without its indentation: the colon after a keyword, a KPI's bullet, name and colon, and the
 * arrow in their canonical forms; everything between them (names, figures, units, dates, comments) as written.
 * A line's keyword decides its language: Japanese lines get {@code ：} and {@code →}, English lines {@code : } and
 * {@code ->}.
 */
final class LineLayout {

    private static final Pattern COLON = Pattern.compile("[ \t\u3000]*[:：][ \t\u3000]*");
    private static final String BLANKS = " \t\u3000";

    private final Line line;
    private final boolean english;
    private final StringBuilder out = new StringBuilder();
    private int cursor;

    private LineLayout(Line line) {
        this.line = line;
        this.english = isEnglish(line);
    }

    static String of(Line line) {
        return new LineLayout(line).layOut();
    }

    static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && BLANKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    static String stripStart(String text) {
        int start = 0;
        while (start < text.length() && BLANKS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    private static boolean isEnglish(Line line) {
        String text = stripStart(line.text());
        // The English keywords are lower case ({@code title:}, {@code goal 1:}, {@code - name:}); KPI is both.
        return !text.isEmpty() && (text.charAt(0) >= 'a' && text.charAt(0) <= 'z' || text.charAt(0) == '-');
    }

    private String colon() {
        return english ? ": " : "：";
    }

    private String layOut() {
        String text = line.text();
        for (Piece piece : line.pieces().stream().sorted(Comparator.comparingInt(Piece::start)).toList()) {
            String written = text.substring(piece.start(), piece.end());
            switch (piece.role()) {
                case HEAD -> head(written, piece.end());
                case NAME -> {
                    out.append(between(piece)).append(written.strip());
                    cursor = Math.max(cursor, piece.end());
                }
                case COLON -> {
                    out.append(stripEnd(between(piece))).append(colon());
                    cursor = skipBlanks(piece.end());
                }
                case ARROW -> {
                    out.append(stripEnd(between(piece)))
                            .append(english ? " -> " : " → ");
                    cursor = skipBlanks(piece.end());
                }
            }
        }
        out.append(text, cursor, text.length());
        return stripEnd(out.toString());
    }

    /** What was written from the last piece to this one (nothing where blanks after the last were skipped). */
    private String between(Piece piece) {
        return cursor < piece.start() ? line.text().substring(cursor, piece.start()) : "";
    }

    /** What precedes the first token is indentation, which the caller decides. */
    private void head(String written, int end) {
        if (line.kind() == Kind.KPI) {
            out.append(english ? "- " : "・");
            cursor = skipBlanks(end);
            return;
        }
        String head = COLON.matcher(written).replaceAll(colon());
        boolean endsInColon = head.endsWith(colon());
        if (!endsInColon && !head.contains(colon()) && takesColon(line.kind())) {
            head = stripEnd(head) + colon();
            endsInColon = true;
        }
        out.append(head);
        cursor = endsInColon ? skipBlanks(end) : end;
    }

    /** Heads whose colon may be left out ({@code 数値目標}); a layout writes it. */
    private static boolean takesColon(Kind kind) {
        return kind == Kind.TARGETS || kind == Kind.OVERALL || kind == Kind.PRIORITIES;
    }

    private int skipBlanks(int from) {
        int at = from;
        while (at < line.text().length() && BLANKS.indexOf(line.text().charAt(at)) >= 0) {
            at++;
        }
        return at;
    }
}
