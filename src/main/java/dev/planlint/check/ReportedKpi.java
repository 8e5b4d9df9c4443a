package dev.planlint.check;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.model.Subject;
import dev.planlint.path.KpiPath;

import java.util.Optional;

/**
 * A KPI as the report shows it: the path the rules judged (its latest value, its rate) and the grade they gave it, so
 * that every format shows the same figures.
 */
public record ReportedKpi(Subject subject, BasicGoal goal, Kpi kpi, KpiPath path, Optional<Grading> grade) {

    /** The latest value the rules judged. */
    public Optional<Observation> latest() {
        return path.latestObservation();
    }
}
