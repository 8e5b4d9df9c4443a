package dev.planlint.model;


import java.util.Optional;

/**
 * A KPI followed across periods. A previous KPI is continued, replaced, dropped or left unaccounted for; a current
 * KPI without a previous one is added. {@code basis} says how the link was made: declared in the strategy
 * (前期指標, 廃止指標) or by the same normalised name.
 */
public record KpiLink(Kind kind, Basis basis, Optional<Kpi> previous, int previousGoal, Optional<Kpi> current,
                      int currentGoal, Optional<String> dropReason) {

    public enum Kind {
        CONTINUED,
        REPLACED,
        DROPPED,
        UNACCOUNTED,
        ADDED
    }

    public enum Basis {
        DECLARED,
        SAME_NAME,
        NONE
    }
}
