package dev.planlint.path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A KPI's name that says what it counts (…回数, …件数, …人数) while its figures are in the unit of another kind of
 * count (開催回数 1,200人): the name or the figures are wrong, and a reader cannot tell which. Only the counters and
 * units listed here are judged; a unit of another sort (人泊, %, 円) never is.
 *
 * @param counted      the counter in the name (回数)
 * @param expectedUnit the unit that counter is counted in (回)
 */
public record NameUnitClash(String counted, String expectedUnit) {

    /** Counter in a name to the units it may be counted in, the usual one first. */
    private static final Map<String, List<String>> COUNTERS = counters();

    /** Every unit of counting known here: a unit outside them is not judged. */
    private static final Set<String> COUNT_UNITS = COUNTERS.values().stream().flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    private static Map<String, List<String>> counters() {
        Map<String, List<String>> counters = new LinkedHashMap<>();
        counters.put("回数", List.of("回", "度"));
        counters.put("件数", List.of("件"));
        counters.put("人数", List.of("人", "名"));
        // 事業者数 may count businesses (社) as well as people.
        counters.put("者数", List.of("人", "名", "者", "社", "団体", "事業者", "事業所"));
        counters.put("社数", List.of("社"));
        counters.put("世帯数", List.of("世帯", "戸"));
        counters.put("団体数", List.of("団体"));
        counters.put("校数", List.of("校"));
        // Shops and premises are often counted as properties (空き店舗数 22件).
        counters.put("店舗数", List.of("店舗", "店", "件"));
        counters.put("施設数", List.of("施設", "箇所", "か所", "カ所", "ヶ所", "ケ所", "件"));
        counters.put("箇所数", List.of("箇所", "か所", "カ所", "ヶ所", "ケ所"));
        counters.put("か所数", List.of("か所", "箇所", "カ所", "ヶ所", "ケ所"));
        return counters;
    }

    /** The clash of {@code name} with {@code unit} (a base unit: 人, not 万人), if its last counter is another's. */
    public static Optional<NameUnitClash> of(String name, String unit) {
        if (!COUNT_UNITS.contains(unit)) {
            return Optional.empty();
        }
        // The counter that ends last says what is counted (相談件数に占める解決件数 counts 件); none of them ends another.
        String last = null;
        int lastEnd = -1;
        for (String counter : COUNTERS.keySet()) {
            int end = name.lastIndexOf(counter) + counter.length();
            if (end > lastEnd && name.contains(counter)) {
                last = counter;
                lastEnd = end;
            }
        }
        if (last == null || COUNTERS.get(last).contains(unit)) {
            return Optional.empty();
        }
        return Optional.of(new NameUnitClash(last, COUNTERS.get(last).get(0)));
    }
}
