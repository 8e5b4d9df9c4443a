package dev.planlint.check;

import dev.planlint.path.Scheme;

import java.math.BigDecimal;

/**
 * The grade a scheme's rules gave a KPI, as reported: {@code onTrack} is false for the grades that call for action;
 * the figure is the one the grade was given on.
 */
public record Grade(Scheme scheme, String grade, boolean onTrack, BigDecimal figure) {
}
