package dev.planlint.model;

import java.util.Optional;

/**
 * A finding of {@code ruleId} on the element it is written under, silenced with the written reason; with a
 * {@code subject} (抑制：previous-kpi-unaccounted（従業員数）：…), only the finding about that one subject, such as one old
 * KPI among those a goal reports as unaccounted for.
 */
public record Suppression(String ruleId, Optional<String> subject, String reason, SourcePosition position) {

    /** A suppression of every finding of the rule on its element. */
    public Suppression(String ruleId, String reason, SourcePosition position) {
        this(ruleId, Optional.empty(), reason, position);
    }
}
