package dev.planlint.path;

import dev.planlint.model.Observation;

/**
 * An actual written as a change (実績：増減：+557人(R6年度)) and the level the path reads it as: the level before it
 * (the latest earlier value in its unit, the baseline included) plus the change.
 *
 * @param change the actual as written
 * @param from   the level it is added to
 * @param level  the level it gives, in the unit and multiplier of {@code from}
 */
public record LevelFromChange(Observation change, Observation from, Observation level) {
}
