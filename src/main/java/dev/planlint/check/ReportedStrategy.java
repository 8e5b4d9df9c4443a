package dev.planlint.check;

import dev.planlint.model.Strategy;

import java.util.List;
import java.util.Optional;

/**
 * A strategy that was judged, with its predecessor when it names one, its KPIs and population vision as the report
 * shows them and, with a predecessor, the previous-period review (前期の検証): a row for every KPI of the predecessor.
 */
public record ReportedStrategy(Strategy strategy, Optional<Strategy> predecessor, List<ReportedKpi> kpis,
                               Optional<ReportedVision> vision, List<PreviousKpiReview> previousReview) {

    public ReportedStrategy {
        kpis = List.copyOf(kpis);
        previousReview = List.copyOf(previousReview);
    }

    /** A strategy without a population vision to show or a previous-period review. */
    public ReportedStrategy(Strategy strategy, Optional<Strategy> predecessor, List<ReportedKpi> kpis) {
        this(strategy, predecessor, kpis, Optional.empty(), List.of());
    }

    /** The title of a strategy: its 戦略名, else its file. */
    public static String title(Strategy strategy) {
        return strategy.title().map(title -> title.value()).orElse(strategy.file());
    }

    public String title() {
        return title(strategy);
    }
}
