package dev.planlint.model;

import java.util.List;

/**
 * A KPI's declared link to the previous period's KPIs named {@code previousNames}: one for 継続, one or more for
 * 置換 (a KPI that replaces several, 前期指標：置換：転入者数、転出者数). Several KPIs may replace the same previous one.
 */
public record PredecessorLink(LinkKind kind, List<String> previousNames, SourcePosition position) {

    public PredecessorLink {
        previousNames = List.copyOf(previousNames);
        if (previousNames.isEmpty()) {
            throw new IllegalArgumentException("a link names at least one previous KPI");
        }
        if (kind == LinkKind.CONTINUES && previousNames.size() > 1) {
            throw new IllegalArgumentException("a continued KPI continues one previous KPI");
        }
    }

    public static PredecessorLink continues(String previousName, SourcePosition position) {
        return new PredecessorLink(LinkKind.CONTINUES, List.of(previousName), position);
    }

    /** The first previous KPI named, the only one for 継続. */
    public String previousName() {
        return previousNames.get(0);
    }
}
