package dev.planlint.lsp;

import dev.planlint.check.RelatedPlaces;
import dev.planlint.load.LoadedStrategy;
import dev.planlint.model.Kpi;
import dev.planlint.model.Names;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a line refers to: the 前期戦略 line to the previous period's file, a 前期指標 line to the previous period's KPI
 * or KPIs it names (every one a 置換 lists), a （再掲：基本目標4④ア） sub-measure to the one it repeats, and a （再掲） without an address to the one
 * sub-measure of its name that is not itself a re-listing.
 */
final class Definitions {

    private Definitions() {
    }

    /** The places the 1-based {@code line} of the strategy refers to; empty where it refers to nothing. */
    static List<Location> at(LoadedStrategy loaded, int line) {
        Strategy strategy = loaded.strategy();
        List<Location> found = new ArrayList<>();
        strategy.predecessorFile().filter(file -> file.position().line() == line)
                .flatMap(file -> loaded.predecessor())
                .ifPresent(previous -> found.add(location(previous.strategy().file(), 1, 1)));
        strategy.kpis().filter(kpi -> kpi.link().map(link -> link.position().line() == line).orElse(false))
                .forEach(kpi -> loaded.predecessor().ifPresent(previous -> previousKpi(previous.strategy(), kpi)
                        .forEach(old -> found.add(location(previous.strategy().file(), old.position())))));
        strategy.subMeasures().filter(sub -> sub.position().line() == line && sub.relisting().isPresent())
                .flatMap(sub -> RelatedPlaces.originalOf(strategy, sub).stream())
                .forEach(original -> found.add(location(strategy.file(), original.position())));
        return found;
    }

    private static List<Kpi> previousKpi(Strategy previous, Kpi kpi) {
        List<String> named = kpi.link().orElseThrow().previousNames().stream().map(Names::normalize).toList();
        return previous.kpis().filter(old -> named.contains(old.normalizedName())).toList();
    }

    private static Location location(String file, SourcePosition position) {
        return location(file, position.line(), position.column());
    }

    private static Location location(String file, int line, int column) {
        Position start = new Position(line - 1, column - 1);
        return new Location(Path.of(file).toAbsolutePath().toUri().toString(), new Range(start, start));
    }
}
