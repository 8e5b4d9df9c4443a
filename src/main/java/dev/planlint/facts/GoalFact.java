package dev.planlint.facts;

import dev.planlint.model.Subject;

/** A basic goal as the rules see it. */
public final class GoalFact {

    private final Subject subject;
    private final int kpiCount;
    private final long measureKpiCount;
    private final int measureCount;

    GoalFact(Subject subject, int kpiCount, long measureKpiCount, int measureCount) {
        this.subject = subject;
        this.kpiCount = kpiCount;
        this.measureKpiCount = measureKpiCount;
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

    /** KPIs written under the goal's measures and sub-measures; they do not count as the goal's own targets. */
    public long getMeasureKpiCount() {
        return measureKpiCount;
    }

    public int getMeasureCount() {
        return measureCount;
    }

    @Override
    public String toString() {
        return "GoalFact[" + subject.goal() + "]";
    }
}
