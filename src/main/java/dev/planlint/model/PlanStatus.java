package dev.planlint.model;

/** Whether the strategy is a draft (たたき台, 素案, 案) or the adopted plan (策定, 確定). */
public enum PlanStatus {
    DRAFT,
    FINAL
}
