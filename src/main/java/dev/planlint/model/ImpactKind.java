package dev.planlint.model;

/** The natural (自然増減) or social (社会増減) impact level of the population vision. */
public enum ImpactKind {
    NATURAL,
    SOCIAL
}
