package dev.planlint.model;

/**
 * Where an item stands in a strategy's diagram: its basic goal, measure and sub-measure numbers (0 where the item is
 * above that level; ア is sub-measure 1). Written as the diagram names it: 基本目標2, 基本目標2⑤, 基本目標2⑤ア.
 */
public record Place(int goal, int measure, int subMeasure) {

    public static Place ofGoal(int goal) {
        return new Place(goal, 0, 0);
    }

    /** Above the goals: where a strategy's overall targets stand. */
    public static final Place OVERALL = new Place(0, 0, 0);

    public static Place ofMeasure(int goal, int measure) {
        return new Place(goal, measure, 0);
    }

    /** The place as the diagram names it; goal 0 is the strategy as a whole (全体目標). */
    public String written() {
        if (goal == 0) {
            return "全体目標";
        }
        return "基本目標" + goal + (measure > 0 ? Numbering.measureMarker(measure) : "")
                + (subMeasure > 0 ? Numbering.subMeasureMarker(subMeasure) : "");
    }

    @Override
    public String toString() {
        return written();
    }
}
