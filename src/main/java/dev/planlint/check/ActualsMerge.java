package dev.planlint.check;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.load.ActualRow;
import dev.planlint.model.Kpi;
import dev.planlint.model.Names;
import dev.planlint.model.Observation;
import dev.planlint.model.YearKind;
import dev.planlint.model.Strategy;
import dev.planlint.path.KpiPath;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Merges the rows of an --actuals file into the KPIs they name (by name or 指標ID), and rows named 人口の将来目標
 * (population, 人口ビジョン) into the population vision's actual population: a value in another unit, or one that
 * contradicts the strategy's own actual for the same time, is an error; a row no checked strategy can take is
 * reported once all strategies are read.
 */
final class ActualsMerge {

    private final List<ActualRow> rows;
    private final Set<ActualRow> used = ConcurrentHashMap.newKeySet();

    ActualsMerge(List<ActualRow> rows) {
        this.rows = List.copyOf(rows);
    }

    Strategy apply(Strategy strategy, ReportBuilder report) {
        if (rows.isEmpty()) {
            return strategy;
        }
        Strategy merged = strategy.withKpis(kpi -> merge(kpi, report));
        return mergePopulation(merged, report);
    }

    /** The names a row of actual population goes by: the keyword of the population line, and the vision's name. */
    private static final Set<String> POPULATION_NAMES = Set.of(Names.normalize("人口の将来目標"),
            Names.normalize("population"), Names.normalize("人口ビジョン"), Names.normalize("population vision"));

    /** Rows of actual population into the vision, in the unit of its population targets. */
    private Strategy mergePopulation(Strategy strategy, ReportBuilder report) {
        var vision = strategy.populationVision();
        if (vision.population().isEmpty()) {
            return strategy;
        }
        String unit = vision.population().get(0).value().unit();
        List<Observation> actuals = new ArrayList<>(vision.populationActuals());
        for (ActualRow row : rows) {
            if (!POPULATION_NAMES.contains(Names.normalize(row.kpi()))) {
                continue;
            }
            used.add(row);
            add(actuals, row.actual(), "人口の将来目標", unit, written -> written.value().baseValue(), report);
        }
        return actuals.size() == vision.populationActuals().size() ? strategy
                : strategy.withPopulationActuals(actuals);
    }

    private Kpi merge(Kpi kpi, ReportBuilder report) {
        List<Observation> actuals = new ArrayList<>(kpi.actuals());
        for (ActualRow row : rows) {
            if (!names(kpi, row.kpi())) {
                continue;
            }
            used.add(row);
            String unit = kpi.target().level().or(() -> kpi.measuredBaseline().map(Observation::value))
                    .map(quantity -> quantity.unit()).orElse(row.actual().value().unit());
            add(actuals, row.actual(), kpi.name(), unit, written -> levelOf(kpi, written), report);
        }
        return actuals.size() == kpi.actuals().size() ? kpi : kpi.withActuals(actuals);
    }

    /**
     * Adds {@code actual} to {@code actuals}, the values of {@code name} so far, unless it is in another unit or one
     * of them is for the same time ({@code level} gives the level a written value stands for): a different value
     * there is an error, the same one is already known.
     */
    private static void add(List<Observation> actuals, Observation actual, String name, String unit,
                            Function<Observation, BigDecimal> level, ReportBuilder report) {
        if (!actual.value().unit().equals(unit)) {
            report.diagnostic(Diagnostic.error(actual.position(), "actuals.unit", actual.value().written(),
                    actual.value().unit(), name, unit));
            return;
        }
        Optional<Observation> written = actuals.stream().filter(known -> known.time().equals(actual.time())
                || sameTime(known, actual)).findFirst();
        if (written.isPresent() && level.apply(written.get()).compareTo(actual.value().baseValue()) != 0) {
            report.diagnostic(Diagnostic.error(actual.position(), "actuals.conflict",
                    written.get().value().written(), actual.value().written()));
        } else if (written.isEmpty() && !writtenDatedInTheYear(actuals, actual, level)) {
            actuals.add(actual);
        }
    }

    /**
     * The level a value the strategy writes stands for: itself, or for a change (実績：増減：+3件) the level its path
     * gives (10件 + 3件 = 13件), which is what a filled-in sheet shows for it.
     */
    private static BigDecimal levelOf(Kpi kpi, Observation written) {
        if (!written.increment()) {
            return written.value().baseValue();
        }
        return KpiPath.of(kpi, LocalDate.of(9999, 12, 31)).getLevelsFromChanges().stream()
                .filter(derived -> derived.change().equals(written)).findFirst()
                .map(derived -> derived.level().value().baseValue()).orElse(written.value().baseValue());
    }

    /**
     * The same figure the strategy dates to a day in that year (18,400人(R8.4.1)): the sheet shows it in its year's
     * column, so reading the sheet back finds it there as a year's value; it is the strategy's own, not a new one.
     */
    private static boolean writtenDatedInTheYear(List<Observation> actuals, Observation actual,
                                                 Function<Observation, BigDecimal> level) {
        return actuals.stream().anyMatch(known -> known.time().kind() == YearKind.DATE
                && actual.time().kind() != YearKind.DATE && !actual.time().isRange()
                && known.time().toYear() == actual.time().toYear()
                && level.apply(known).compareTo(actual.value().baseValue()) == 0);
    }

    private static boolean sameTime(Observation a, Observation b) {
        return a.time().kind() == b.time().kind() && a.time().fromYear() == b.time().fromYear()
                && a.time().toYear() == b.time().toYear() && a.time().aggregate() == b.time().aggregate();
    }

    private static boolean names(Kpi kpi, String reference) {
        String wanted = Names.normalize(reference);
        return kpi.normalizedName().equals(wanted) || kpi.id().map(Names::normalize).filter(wanted::equals).isPresent();
    }

    /** Rows no strategy took, each an error at its place in the file. */
    void reportUnused(ReportBuilder report) {
        rows.stream().filter(row -> !used.contains(row)).forEach(row -> report.diagnostic(Diagnostic.error(
                row.actual().position(), "actuals.unknownKpi", row.kpi())));
    }
}
