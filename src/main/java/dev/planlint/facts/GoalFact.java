package dev.planlint.facts;

import dev.planlint.model.Subject;

/** A basic goal as the rules see it. */
public final class GoalFact {

    private final Subject subject;
    private final int kpiCount;
    private final int measureCount;

    GoalFact(Subject subject, int kpiCount, int measureCount) {
        this.subject = subject;
        this.kpiCount = kpiCount;
        this.measureCount = measureCount;
    }

    public Subject getSubject() {
        return subject;
    }

    public int getNumber() {
        return subject.goal();
    }

    public String getName() {
        return subject.name();
    }

    public int getKpiCount() {
        return kpiCount;
    }

    public int getMeasureCount() {
        return measureCount;
    }

    @Override
    public String toString() {
        return "GoalFact[" + subject.goal() + "]";
    }
}
