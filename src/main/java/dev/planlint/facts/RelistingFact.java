package dev.planlint.facts;

import dev.planlint.model.Subject;

/**
 * A re-listed sub-measure (再掲) of this period and what it stands for in each period: the place of its original,
 * and the place that original now has. The same original in both periods means the two places match.
 */
public final class RelistingFact {

    private final Subject subject;
    private final String original;
    private final String previousOriginalNow;

    RelistingFact(Subject subject, String original, String previousOriginalNow) {
        this.subject = subject;
        this.original = original;
        this.previousOriginalNow = previousOriginalNow;
    }

    public Subject getSubject() {
        return subject;
    }

    /** Where the original of the re-listing stands in this period, as 基本目標3④ア. */
    public String getOriginal() {
        return original;
    }

    /** Where the previous period's original of the same re-listing stands now; empty when it was removed. */
    public String getPreviousOriginalNow() {
        return previousOriginalNow;
    }

    public boolean isSameOriginal() {
        return original.equals(previousOriginalNow);
    }
}
