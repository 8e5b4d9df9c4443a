package dev.planlint.model;

import java.util.Optional;

/**
 * A re-listed sub-measure (（再掲）). Its original is the sub-measure at {@code original} when the planner wrote the
 * address, otherwise the one sub-measure elsewhere in the strategy with the same name.
 */
public record Relisting(Optional<Place> original, SourcePosition position) {
}
