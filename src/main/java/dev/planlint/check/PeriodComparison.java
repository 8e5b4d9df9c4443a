package dev.planlint.check;

import dev.planlint.link.PeriodLinks;
import dev.planlint.load.LoadedStrategy;

/** A strategy set beside its predecessor, with everything linked between them. */
public record PeriodComparison(LoadedStrategy previous, LoadedStrategy current, PeriodLinks links) {
}
