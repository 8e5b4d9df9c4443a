package dev.planlint.model;


/** A 前期指標 or 廃止指標 line naming a KPI that the previous period's strategy does not have. */
public record DanglingLink(String previousName, SourcePosition position) {
}
