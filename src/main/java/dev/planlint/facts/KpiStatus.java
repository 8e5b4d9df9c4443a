package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.path.Grade;
import dev.planlint.path.Scheme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade an evaluation scheme gave a KPI, inserted by the scheme's rules and read back with the
 * {@code kpiStatuses} query. {@code onTrack} is false for the grades that call for action.
 */
public final class KpiStatus {

    private final Subject subject;
    private final Scheme scheme;
    private final Grade grade;
    private final BigDecimal figure;

    public KpiStatus(KpiFact kpi, Grade grade) {
        this.subject = kpi.getSubject();
        this.scheme = kpi.getProgress().getScheme();
        this.grade = grade;
        this.figure = kpi.getProgress().getFigure();
    }

    public Subject getSubject() {
        return subject;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public Grade getGrade() {
        return grade;
    }

    public boolean isOnTrack() {
        return grade.isOnTrack();
    }

    /** The figure the grade was given on (achievement rate, ratio, …); null when there was none. */
    public BigDecimal getFigure() {
        return figure;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KpiStatus status && subject.equals(status.subject) && scheme == status.scheme
                && grade == status.grade;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, scheme, grade);
    }

    @Override
    public String toString() {
        return "KpiStatus[" + subject.name() + " " + scheme.id() + " " + grade + "]";
    }
}
