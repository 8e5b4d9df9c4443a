package dev.planlint.path;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The baseline year a plan's KPIs share: the one most of them start from (the later on a tie), where at least two
 * do. A baseline far older than it is out of step with the rest of the plan.
 *
 * @param year the common baseline year
 * @param kpis how many KPIs start from it
 */
public record CommonBaselineYear(int year, int kpis) {

    public static Optional<CommonBaselineYear> of(Collection<KpiPath> paths) {
        Map<Integer, Integer> counts = new TreeMap<>();
        paths.stream().filter(KpiPath::isBaselineKnown)
                .forEach(path -> counts.merge(path.getBaselineYear(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(Map.Entry::getKey))
                .filter(entry -> entry.getValue() >= 2)
                .map(entry -> new CommonBaselineYear(entry.getKey(), entry.getValue()));
    }
}
