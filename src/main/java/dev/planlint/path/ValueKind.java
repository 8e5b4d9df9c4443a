package dev.planlint.path;

/** Whether the value a target is judged on is for the target's year or later (final) or from before it (interim). */
public enum ValueKind {
    FINAL,
    INTERIM
}
