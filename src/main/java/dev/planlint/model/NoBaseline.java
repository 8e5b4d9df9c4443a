package dev.planlint.model;

import java.util.Optional;

/**
 * A baseline the strategy says does not exist (a new KPI): {@code －}, {@code ―}, {@code 新規} or {@code なし}, with or
 * without the date it refers to.
 *
 * @param mark the mark as written (－, 新規, …)
 * @param time the date in parentheses after it, if any
 */
public record NoBaseline(String mark, Optional<TimeSpec> time, SourcePosition position) implements Baseline {

    @Override
    public Optional<Observation> measured() {
        return Optional.empty();
    }

    @Override
    public String written() {
        return mark + time.map(spec -> "(" + spec.written() + ")").orElse("");
    }
}
