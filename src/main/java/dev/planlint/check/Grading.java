package dev.planlint.check;

import dev.planlint.path.Grade;
import dev.planlint.path.Scheme;

import java.math.BigDecimal;

/** The grade a scheme's rules gave a KPI, as reported, with the figure the grade was given on. */
public record Grading(Scheme scheme, Grade grade, BigDecimal figure) {

    /** False for the grades that call for action. */
    public boolean onTrack() {
        return grade.isOnTrack();
    }
}
