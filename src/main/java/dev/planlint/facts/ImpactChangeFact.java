package dev.planlint.facts;

import dev.planlint.model.Subject;

/** A natural or social impact level (影響度) of this period with the previous period's level of the same kind. */
public final class ImpactChangeFact {

    private final Subject subject;
    private final String kind;
    private final int level;
    private final int previousLevel;

    ImpactChangeFact(Subject subject, String kind, int level, int previousLevel) {
        this.subject = subject;
        this.kind = kind;
        this.level = level;
        this.previousLevel = previousLevel;
    }

    public Subject getSubject() {
        return subject;
    }

    /** natural or social. */
    public String getKind() {
        return kind;
    }

    public int getLevel() {
        return level;
    }

    public int getPreviousLevel() {
        return previousLevel;
    }
}
