package dev.planlint.check;

import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Observation;
import dev.planlint.model.Place;
import dev.planlint.model.Subject;
import dev.planlint.path.KpiPath;

import java.util.Optional;

/**
 * A KPI as the report shows it: the path the rules judged (its latest value, its rate) and the grade they gave it, so
 * that every format shows the same figures.
 */
public record ReportedKpi(Subject subject, Kpi kpi, KpiPath path, Optional<Grading> grade) {

    /** A goal's 数値目標, a measure's KPI or an overall target. */
    public KpiLevel level() {
        return kpi.level();
    }

    /** Where the KPI stands: its goal, and its measure and sub-measure for a measure's KPI. */
    public Place place() {
        return kpi.place();
    }

    /** The latest value the rules judged. */
    public Optional<Observation> latest() {
        return path.latestObservation();
    }
}
