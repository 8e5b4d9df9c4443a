package dev.planlint.fmt;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.parser.StrategyLines;
import dev.planlint.parser.StrategyLines.Attribute;
import dev.planlint.parser.StrategyLines.Kind;
import dev.planlint.parser.StrategyLines.Line;
import dev.planlint.parser.StrategyParsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code planlint fmt}: one layout for every strategy, so that two drafts differ only where their content does.
 * Goals, measures, headers and a goal's own lines start at the left; sub-measures and what belongs to them are
 * indented by two; a target's attributes by four more, in the grammar's order; one blank line before each goal and
 * never more than one anywhere; comments go with the line below them. The layout works on lines and tokens, never
 * on the model, so no name, figure, unit, date or comment is written again: they are copied.
 */
public final class Formatter {

    private static final int SUB_MEASURE_INDENT = 2;
    private static final int ATTRIBUTE_INDENT = 4;

    /** The formatted text, or the errors that make the file unreadable (then there is nothing to format). */
    public record Result(Optional<String> formatted, List<Diagnostic> errors) {
    }

    private Formatter() {
    }

    public static Result format(String file, String text) {
        StrategyParsing.Result parsed = StrategyParsing.parse(file, text);
        List<Diagnostic> errors = parsed.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || parsed.strategy().isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        return new Result(Optional.of(layOut(text)), List.of());
    }

    /** A comment block and the line it stands above; {@code line} is empty for comments before a blank line. */
    private record Block(List<String> comments, Optional<Line> line, int indent, boolean inKpi,
                         boolean blankBefore) {

        Block withBlankBefore(boolean blank) {
            return new Block(comments, line, indent, inKpi, blank);
        }

        boolean isKpiAttribute() {
            return inKpi && line.isPresent() && line.get().kind() == Kind.ATTRIBUTE;
        }

        int attributeOrder() {
            return line.flatMap(Line::attribute).map(Attribute::ordinal).orElse(Integer.MAX_VALUE);
        }
    }

    static String layOut(String text) {
        List<Block> blocks = blocks(StrategyLines.of(text));
        StringBuilder out = new StringBuilder();
        for (Block block : reorderAttributes(blocks)) {
            if (block.blankBefore()) {
                out.append('\n');
            }
            String indent = " ".repeat(block.indent());
            block.comments().forEach(comment -> out.append(indent).append(comment).append('\n'));
            block.line().ifPresent(line -> out.append(line.kind() == Kind.OTHER ? LineLayout.stripEnd(line.text())
                    : indent + LineLayout.of(line)).append('\n'));
        }
        return out.toString();
    }

    private static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        boolean blank = false;
        int base = 0;
        boolean inKpi = false;
        for (Line line : lines) {
            switch (line.kind()) {
                case BLANK -> {
                    // Within a target, comments go with the next line whatever the blank lines, so that moving an
                    // attribute never leaves its comment behind.
                    if (!comments.isEmpty() && !inKpi) {
                        blocks.add(block(blocks, comments, Optional.empty(), base, false, blank));
                        comments = new ArrayList<>();
                        blank = false;
                    }
                    blank = blank || !blocks.isEmpty();
                }
                case COMMENT -> comments.add(LineLayout.stripEnd(LineLayout.stripStart(line.text())));
                default -> {
                    switch (line.kind()) {
                        case SUB_MEASURE -> {
                            base = SUB_MEASURE_INDENT;
                            inKpi = false;
                        }
                        case MEASURE_KPIS -> inKpi = false;
                        case KPI -> inKpi = true;
                        case ATTRIBUTE, OTHER -> {
                        }
                        default -> {
                            base = 0;
                            inKpi = false;
                        }
                    }
                    int indent = line.kind() == Kind.ATTRIBUTE && inKpi ? base + ATTRIBUTE_INDENT : base;
                    boolean attribute = inKpi && line.kind() == Kind.ATTRIBUTE;
                    boolean blankBefore = !blocks.isEmpty() && !attribute && (blank || line.kind() == Kind.GOAL);
                    blocks.add(block(blocks, comments, Optional.of(line), indent, inKpi, blankBefore));
                    comments = new ArrayList<>();
                    blank = false;
                }
            }
        }
        if (!comments.isEmpty()) {
            blocks.add(block(blocks, comments, Optional.empty(), 0, false, blank));
        }
        return blocks;
    }

    private static Block block(List<Block> before, List<String> comments, Optional<Line> line, int indent,
                               boolean inKpi, boolean blankBefore) {
        boolean first = before.isEmpty();
        return new Block(List.copyOf(comments), line, indent, inKpi, blankBefore && !first);
    }

    /** A target's attributes, each with the comments above it, in the grammar's order; equal kinds keep theirs. */
    private static List<Block> reorderAttributes(List<Block> blocks) {
        List<Block> ordered = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        for (Block block : blocks) {
            if (block.isKpiAttribute()) {
                run.add(block.withBlankBefore(false));
                continue;
            }
            flush(run, ordered);
            ordered.add(block);
        }
        flush(run, ordered);
        return ordered;
    }

    private static void flush(List<Block> run, List<Block> ordered) {
        run.sort(Comparator.comparingInt(Block::attributeOrder));
        ordered.addAll(run);
        run.clear();
    }
}
