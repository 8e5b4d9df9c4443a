package dev.planlint.check;

import dev.planlint.model.Strategy;

import java.util.List;
import java.util.Optional;

/**
 * A strategy that was judged, with its predecessor when it names one, and its KPIs and population vision as the
 * report shows them.
 */
public record ReportedStrategy(Strategy strategy, Optional<Strategy> predecessor, List<ReportedKpi> kpis,
                               Optional<ReportedVision> vision) {

    public ReportedStrategy {
        kpis = List.copyOf(kpis);
    }

    /** A strategy without a population vision to show. */
    public ReportedStrategy(Strategy strategy, Optional<Strategy> predecessor, List<ReportedKpi> kpis) {
        this(strategy, predecessor, kpis, Optional.empty());
    }

    /** The title of a strategy: its 戦略名, else its file. */
    public static String title(Strategy strategy) {
        return strategy.title().map(title -> title.value()).orElse(strategy.file());
    }

    public String title() {
        return title(strategy);
    }
}
