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

/**
 * Merges the rows of an --actuals file into the KPIs they name (by name or 指標ID): a value in another unit, or one
 * that contradicts the strategy's own actual for the same time, is an error; a row no checked strategy can take is
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
        return strategy.withKpis(kpi -> merge(kpi, report));
    }

    private Kpi merge(Kpi kpi, ReportBuilder report) {
        List<Observation> actuals = new ArrayList<>(kpi.actuals());
        for (ActualRow row : rows) {
            if (!names(kpi, row.kpi())) {
                continue;
            }
            used.add(row);
            Observation actual = row.actual();
            String unit = kpi.target().level().or(() -> kpi.measuredBaseline().map(Observation::value))
                    .map(quantity -> quantity.unit()).orElse(actual.value().unit());
            if (!actual.value().unit().equals(unit)) {
                report.diagnostic(Diagnostic.error(actual.position(), "actuals.unit", actual.value().written(),
                        actual.value().unit(), kpi.name(), unit));
                continue;
            }
            Optional<Observation> written = actuals.stream().filter(known -> known.time().equals(actual.time())
                    || sameTime(known, actual)).findFirst();
            if (written.isPresent() && levelOf(kpi, written.get()).compareTo(actual.value().baseValue()) != 0) {
                report.diagnostic(Diagnostic.error(actual.position(), "actuals.conflict",
                        written.get().value().written(), actual.value().written()));
            } else if (written.isEmpty() && !writtenDatedInTheYear(kpi, actuals, actual)) {
                actuals.add(actual);
            }
        }
        return actuals.size() == kpi.actuals().size() ? kpi : kpi.withActuals(actuals);
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
    private static boolean writtenDatedInTheYear(Kpi kpi, List<Observation> actuals, Observation actual) {
        return actuals.stream().anyMatch(known -> known.time().kind() == YearKind.DATE
                && actual.time().kind() != YearKind.DATE && !actual.time().isRange()
                && known.time().toYear() == actual.time().toYear()
                && levelOf(kpi, known).compareTo(actual.value().baseValue()) == 0);
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
