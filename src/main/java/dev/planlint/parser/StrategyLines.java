package dev.planlint.parser;

import dev.planlint.model.Numbering;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A strategy's lines as the lexer sees them, for tools that lay a file out again without reading its content: what
 * each line is (from its first token) and where its keyword, name, colon and arrow are. Only the lexer runs, so a
 * notation added to the grammar passes through as written: a token this class does not name is just text.
 */
public final class StrategyLines {

    /** What a line is, from its first token. */
    public enum Kind {
        BLANK, COMMENT, HEADER, PRIORITIES, VISION, OVERALL, GOAL, TARGETS, MEASURE, SUB_MEASURE, MEASURE_KPIS,
        KPI, ATTRIBUTE, DROPPED, OTHER
    }

    /** A target's attributes, in the order a formatted file lists them (the grammar's order). */
    public enum Attribute { DIRECTION, ACTUALS, DEFINITION, KPI_ID, PREVIOUS, SUPPRESSION }

    /** What a piece of a line is to the layout. */
    public enum Role {
        /** A keyword or heading mark, colons included ({@code 前期指標：置換：}, {@code goal 1:}, {@code ・}). */
        HEAD,
        /** A KPI's name between the bullet and the colon (the model strips its ends). */
        NAME,
        /** The colon after a KPI's name or a suppression's rule id. */
        COLON,
        /** The arrow between baseline and target. */
        ARROW
    }

    /** A piece of a line, by its character offsets in the line's text. */
    public record Piece(Role role, int start, int end) {
    }

    /** One line (without its line end), or the rest of a line where a list's head has its first item after it. */
    public record Line(String text, Kind kind, Optional<Attribute> attribute, List<Piece> pieces) {
    }

    private StrategyLines() {
    }

    /** Every line of {@code text}, split at the line ends the lexer knows ({@code \r\n}, {@code \n}, {@code \r}). */
    public static List<Line> of(String text) {
        int[] codePoints = text.codePoints().toArray();
        List<int[]> bounds = lineBounds(codePoints);
        List<List<Token>> tokensByLine = tokensByLine(text, bounds);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            addLines(codePoints, bounds.get(i), tokensByLine.get(i), lines);
        }
        return circledSubMeasures(lines);
    }

    /**
     * A ① under a measure numbered (1), 1. or 1) is that measure's sub-measure, as the model builder reads it,
     * unless sub-measures of its own follow it: its line is laid out as a sub-measure's.
     */
    private static List<Line> circledSubMeasures(List<Line> lines) {
        String parent = "";
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.GOAL) {
                parent = "";
            } else if (line.kind() == Kind.MEASURE) {
                String head = line.text().strip();
                if (Numbering.circledUnderNumbered(head, parent) && !hasSubMeasures(lines, i)) {
                    lines.set(i, new Line(line.text(), Kind.SUB_MEASURE, line.attribute(), line.pieces()));
                } else {
                    parent = head;
                }
            }
        }
        return lines;
    }

    private static boolean hasSubMeasures(List<Line> lines, int measure) {
        for (int i = measure + 1; i < lines.size(); i++) {
            Kind kind = lines.get(i).kind();
            if (kind == Kind.SUB_MEASURE) {
                return true;
            }
            if (kind == Kind.MEASURE || kind == Kind.GOAL) {
                return false;
            }
        }
        return false;
    }

    /** Start (inclusive) and end (exclusive, before the line end) of each line, in code points. */
    private static List<int[]> lineBounds(int[] codePoints) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < codePoints.length) {
            int c = codePoints[i];
            if (c == '\n' || c == '\r') {
                bounds.add(new int[] {start, i});
                i += c == '\r' && i + 1 < codePoints.length && codePoints[i + 1] == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < codePoints.length) {
            bounds.add(new int[] {start, codePoints.length});
        }
        return bounds;
    }

    private static List<List<Token>> tokensByLine(String text, List<int[]> bounds) {
        StrategyLexer lexer = new PlanLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<List<Token>> byLine = new ArrayList<>();
        bounds.forEach(bound -> byLine.add(new ArrayList<>()));
        int line = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getType() == StrategyLexer.NL) {
                continue;
            }
            while (line + 1 < bounds.size() && token.getStartIndex() >= bounds.get(line + 1)[0]) {
                line++;
            }
            if (line < bounds.size()) {
                byLine.get(line).add(token);
            }
        }
        return byLine;
    }

    private static void addLines(int[] codePoints, int[] bound, List<Token> tokens, List<Line> lines) {
        if (tokens.isEmpty()) {
            String text = new String(codePoints, bound[0], bound[1] - bound[0]);
            lines.add(new Line(text, text.isBlank() ? Kind.BLANK : Kind.COMMENT, Optional.empty(), List.of()));
            return;
        }
        int split = isListHead(tokens.get(0).getType()) && tokens.size() > 1 ? tokens.get(1).getStartIndex()
                : bound[1];
        lines.add(line(codePoints, bound[0], split, tokens.stream().filter(t -> t.getStartIndex() < split).toList()));
        if (split < bound[1]) {
            addLines(codePoints, new int[] {split, bound[1]},
                    tokens.stream().filter(t -> t.getStartIndex() >= split).toList(), lines);
        }
    }

    /** Heads whose first item may follow on the same line ({@code 数値目標：・…}); a layout puts it on its own. */
    private static boolean isListHead(int type) {
        return type == StrategyLexer.K_TARGETS || type == StrategyLexer.K_OVERALL
                || type == StrategyLexer.K_MEASURE_KPIS || type == StrategyLexer.K_PRIORITIES;
    }

    private static Line line(int[] codePoints, int start, int end, List<Token> tokens) {
        // Offsets in the line's text are in chars, as Java strings count them.
        String text = new String(codePoints, start, end - start);
        List<Piece> pieces = new ArrayList<>();
        int first = tokens.get(0).getType();
        for (Token token : tokens) {
            roleOf(token.getType(), token == tokens.get(0)).ifPresent(role -> pieces.add(new Piece(role,
                    chars(codePoints, start, token.getStartIndex()),
                    chars(codePoints, start, token.getStopIndex() + 1))));
        }
        return new Line(text, kindOf(first), attributeOf(first), List.copyOf(pieces));
    }

    private static int chars(int[] codePoints, int lineStart, int codePoint) {
        int chars = 0;
        for (int i = lineStart; i < codePoint; i++) {
            chars += Character.charCount(codePoints[i]);
        }
        return chars;
    }

    private static Optional<Role> roleOf(int type, boolean first) {
        if (first) {
            return Optional.of(Role.HEAD);
        }
        return switch (type) {
            case StrategyLexer.KPI_NAME, StrategyLexer.DROPPED_NAME -> Optional.of(Role.NAME);
            case StrategyLexer.KPI_COLON, StrategyLexer.RULE_COLON -> Optional.of(Role.COLON);
            case StrategyLexer.ARROW -> Optional.of(Role.ARROW);
            default -> Optional.empty();
        };
    }

    private static Kind kindOf(int type) {
        return switch (type) {
            case StrategyLexer.K_TITLE, StrategyLexer.K_MUNICIPALITY, StrategyLexer.K_PERIOD,
                 StrategyLexer.K_STATUS, StrategyLexer.K_VISION, StrategyLexer.K_PREDECESSOR,
                 StrategyLexer.K_EVALUATION -> Kind.HEADER;
            case StrategyLexer.K_FERTILITY, StrategyLexer.K_MIGRATION, StrategyLexer.K_POPULATION,
                 StrategyLexer.K_IMPACT -> Kind.VISION;
            case StrategyLexer.K_PRIORITIES -> Kind.PRIORITIES;
            case StrategyLexer.K_OVERALL -> Kind.OVERALL;
            case StrategyLexer.GOAL_HEAD -> Kind.GOAL;
            case StrategyLexer.K_TARGETS -> Kind.TARGETS;
            case StrategyLexer.MEASURE_HEAD -> Kind.MEASURE;
            case StrategyLexer.SUB_HEAD -> Kind.SUB_MEASURE;
            case StrategyLexer.K_MEASURE_KPIS -> Kind.MEASURE_KPIS;
            case StrategyLexer.BULLET -> Kind.KPI;
            case StrategyLexer.K_DROPPED -> Kind.DROPPED;
            default -> attributeOf(type).isPresent() ? Kind.ATTRIBUTE : Kind.OTHER;
        };
    }

    private static Optional<Attribute> attributeOf(int type) {
        return Optional.ofNullable(switch (type) {
            case StrategyLexer.K_DIRECTION -> Attribute.DIRECTION;
            case StrategyLexer.K_ACTUALS -> Attribute.ACTUALS;
            case StrategyLexer.K_DEFINITION -> Attribute.DEFINITION;
            case StrategyLexer.K_KPI_ID -> Attribute.KPI_ID;
            case StrategyLexer.K_CONTINUES, StrategyLexer.K_REPLACES -> Attribute.PREVIOUS;
            case StrategyLexer.K_SUPPRESS -> Attribute.SUPPRESSION;
            default -> null;
        });
    }
}
