package dev.planlint.path;

import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.model.Target;
import dev.planlint.model.YearKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI with years written without their kind (H26, 2019), followed twice: every such year read as a calendar year,
 * and every one read as a fiscal year. Where the two readings give another latest value, outcome or progress, the
 * result depends on what the planner did not write, and the rule year-kind-decides says so with both.
 *
 * @param asCalendar the path with those years read as calendar years (年)
 * @param asFiscal   the path with those years read as fiscal years (年度)
 */
public record YearKindReadings(KpiPath asCalendar, KpiPath asFiscal) {

    /** Both readings, where a year of the KPI has no kind and the readings differ under {@code scheme}. */
    public static Optional<YearKindReadings> of(Kpi kpi, LocalDate asOf, Scheme scheme) {
        boolean unspecified = kpi.baseline().time().kind() == YearKind.UNSPECIFIED
                || kpi.target().time().kind() == YearKind.UNSPECIFIED
                || kpi.actuals().stream().anyMatch(actual -> actual.time().kind() == YearKind.UNSPECIFIED);
        if (!unspecified) {
            return Optional.empty();
        }
        YearKindReadings readings = new YearKindReadings(KpiPath.of(readAs(kpi, YearKind.CALENDAR_YEAR), asOf),
                KpiPath.of(readAs(kpi, YearKind.FISCAL_YEAR), asOf));
        return readings.differ(scheme) ? Optional.of(readings) : Optional.empty();
    }

    /** The latest value read with calendar years, as written ({@code 130人(R7)}); null when none is known. */
    public String getCalendarLatest() {
        return written(asCalendar);
    }

    /** The latest value read with fiscal years, as written; null when none is known. */
    public String getFiscalLatest() {
        return written(asFiscal);
    }

    private static String written(KpiPath path) {
        return path.latestObservation()
                .map(latest -> latest.value().written() + "(" + latest.time().written() + ")").orElse(null);
    }

    private boolean differ(Scheme scheme) {
        Progress calendar = asCalendar.progress(scheme);
        Progress fiscal = asFiscal.progress(scheme);
        return !asCalendar.latestObservation().map(Observation::position)
                .equals(asFiscal.latestObservation().map(Observation::position))
                || asCalendar.outcome() != asFiscal.outcome()
                || calendar.getStanding() != fiscal.getStanding()
                || !sameFigure(calendar.getFigure(), fiscal.getFigure());
    }

    private static boolean sameFigure(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    private static Kpi readAs(Kpi kpi, YearKind reading) {
        Observation baseline = readAs(kpi.baseline(), reading);
        Target target = new Target(kpi.target().value(), kpi.target().bound(), kpi.target().time().readAs(reading),
                kpi.target().position());
        return new Kpi(kpi.name(), kpi.position(), kpi.place(), baseline, target, kpi.direction(),
                kpi.actuals().stream().map(actual -> readAs(actual, reading)).toList(), kpi.link(), kpi.definition(),
                kpi.id(), kpi.suppressions(), kpi.series());
    }

    private static Observation readAs(Observation observation, YearKind reading) {
        return new Observation(observation.value(), observation.time().readAs(reading), observation.position());
    }
}
