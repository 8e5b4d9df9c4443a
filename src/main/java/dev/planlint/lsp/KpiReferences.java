package dev.planlint.lsp;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Names;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a KPI is written across periods: its own line, the previous period's KPI it continues or replaces (by its
 * 前期指標 line or, undeclared, by the same name), and in any other strategy at hand the KPI of the same name, a KPI
 * whose 前期指標 names it, or the 廃止指標 line that drops it. Names are compared as the linker compares them
 * ({@link Names#normalize}), so 全角 and 半角 spellings are one name.
 */
final class KpiReferences {

    /** A place in a strategy: the file and the position of the line that names the KPI. */
    record Place(String file, SourcePosition position) {
    }

    private KpiReferences() {
    }

    /**
     * The KPI written on the 1-based {@code line} or whose attribute line it is: the nearest KPI above with only
     * indented lines between (改善方向, 実績, 前期指標 … are indented under their KPI, with no blank line between).
     */
    static Optional<Kpi> at(Strategy strategy, LineIndex lines, int line) {
        Optional<Kpi> above = strategy.kpis().filter(kpi -> kpi.position().line() <= line)
                .max(java.util.Comparator.comparingInt(kpi -> kpi.position().line()));
        return above.filter(kpi -> {
            for (int row = kpi.position().line(); row < line; row++) {
                String text = lines.line(row);
                if (text.isBlank() || !Character.isWhitespace(text.charAt(0)) && text.charAt(0) != '\u3000') {
                    return false;
                }
            }
            return true;
        });
    }

    /** Every place naming {@code kpi} of {@code home}, in {@code home} and in {@code others}; its own line first. */
    static List<Place> of(Kpi kpi, Strategy home, List<Strategy> others, boolean withDeclaration) {
        String name = Names.normalize(kpi.name());
        Set<String> previousNames = kpi.link().stream().flatMap(link -> link.previousNames().stream())
                .map(Names::normalize).collect(Collectors.toSet());
        List<Place> found = new ArrayList<>();
        if (withDeclaration) {
            found.add(new Place(home.file(), kpi.position()));
        }
        for (Strategy other : others) {
            if (other.file().equals(home.file())) {
                continue;
            }
            other.kpis().forEach(candidate -> {
                String candidateName = Names.normalize(candidate.name());
                boolean namesIt = candidate.link().map(link -> link.previousNames().stream().map(Names::normalize)
                        .anyMatch(name::equals)).orElse(false);
                if (candidateName.equals(name) || previousNames.contains(candidateName) || namesIt) {
                    found.add(new Place(other.file(), candidate.position()));
                }
            });
            other.goals().stream().flatMap(KpiReferences::dropped)
                    .filter(dropped -> Names.normalize(dropped.name()).equals(name))
                    .forEach(dropped -> found.add(new Place(other.file(), dropped.position())));
        }
        return found.stream().distinct().toList();
    }

    private static Stream<dev.planlint.model.DroppedKpi> dropped(BasicGoal goal) {
        return goal.dropped().stream();
    }
}
