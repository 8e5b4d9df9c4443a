package dev.planlint.model;

import java.util.List;

/**
 * How a goal, measure or sub-measure of one period was matched with one of the other, shown in every report so that
 * no link is a hidden guess. {@link #toString()} is the English description used in figures; renderers translate
 * {@link #kind()} with {@link #detail()}.
 *
 * @param detail the number of characters edited (SMALL_EDIT), the run of characters shared (SHARED_RUN), or the
 *               numbers of shared KPIs, measures and sub-measures as {@code 3,1,0} (SHARED_CONTENT)
 */
public record MatchBasis(Kind kind, String detail) {

    public enum Kind {
        /** Sharing KPIs (continued or replaced), measures or sub-measures: what the items hold. */
        SHARED_CONTENT,
        /** Basic goals that share nothing and whose names differ are matched by their number. */
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

    /** Matched by what both hold: so many shared KPIs, measures and sub-measures. */
    public static MatchBasis sharing(int kpis, int measures, int subMeasures) {
        return new MatchBasis(Kind.SHARED_CONTENT, kpis + "," + measures + "," + subMeasures);
    }

    /** The shared KPIs, measures and sub-measures of a SHARED_CONTENT basis; zeros for any other. */
    public int[] shared() {
        if (kind != Kind.SHARED_CONTENT) {
            return new int[3];
        }
        return java.util.Arrays.stream(detail.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SHARED_CONTENT -> sharedWords();
            case NUMBER -> "number";
            case SAME_NAME -> "same name";
            case SMALL_EDIT -> "small edit (" + detail + (detail.equals("1") ? " character)" : " characters)");
            case SHARED_RUN -> "same place, sharing 「" + detail + "」";
            case NONE -> "no match";
        };
    }

    private String sharedWords() {
        int[] shared = shared();
        String[] nouns = {"KPI", "measure", "sub-measure"};
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] > 0) {
                parts.add(shared[i] + " shared " + nouns[i] + (shared[i] == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }
}
