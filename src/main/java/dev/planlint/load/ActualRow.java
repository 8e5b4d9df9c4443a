package dev.planlint.load;

import dev.planlint.model.Observation;

/** One row of an --actuals file: the KPI it is for (by name or 指標ID) and its actual value. */
public record ActualRow(String kpi, Observation actual) {
}
