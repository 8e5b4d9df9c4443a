package dev.planlint.model;

/**
 * How a goal, measure or sub-measure of one period was matched with one of the other, shown in every report so that
 * no link is a hidden guess. {@link #toString()} is the English description used in figures; renderers translate
 * {@link #kind()} with {@link #detail()}.
 *
 * @param detail the number of characters edited (SMALL_EDIT) or the run of characters shared (SHARED_RUN)
 */
public record MatchBasis(Kind kind, String detail) {

    public enum Kind {
        /** Basic goals are matched by their number. */
        NUMBER,
        SAME_NAME,
        SMALL_EDIT,
        /** The same place (parent and number), sharing a run of characters. */
        SHARED_RUN,
        /** Added or removed: nothing matched. */
        NONE
    }

    public static MatchBasis of(Kind kind) {
        return new MatchBasis(kind, "");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NUMBER -> "number";
            case SAME_NAME -> "same name";
            case SMALL_EDIT -> "small edit (" + detail + (detail.equals("1") ? " character)" : " characters)");
            case SHARED_RUN -> "same place, sharing 「" + detail + "」";
            case NONE -> "no match";
        };
    }
}
