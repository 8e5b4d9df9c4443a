package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.model.TimeSpec;
import dev.planlint.path.CommonBaselineYear;
import dev.planlint.path.KpiPath;
import dev.planlint.path.Progress;
import dev.planlint.path.YearKindReadings;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A KPI as the rules see it: where it was written, its plan period, and its {@link KpiPath}, which says what every
 * figure of it means; rules test the path's directed quantities and its progress under the run's scheme.
 */
public final class KpiFact {

    private final Subject subject;
    private final KpiPath path;
    private final Progress progress;
    private final int planFromYear;
    private final int planToYear;
    private final int planRunsToYear;
    private final String missingActualYears;
    private final YearKindReadings yearKindReadings;
    private final CommonBaselineYear planBaseline;

    /**
     * @param plan  the plan period the targets were set for
     * @param asRun the plan period as it runs, with its extension (（令和2年度まで1年延長）) where one is written
     */
    KpiFact(Subject subject, KpiPath path, TimeSpec plan, TimeSpec asRun, TimeSpec targetTime, Settings settings,
            Optional<YearKindReadings> yearKindReadings, Optional<CommonBaselineYear> planBaseline) {
        this.planBaseline = planBaseline.orElse(null);
        this.yearKindReadings = yearKindReadings.orElse(null);
        this.subject = subject;
        this.path = path;
        this.progress = path.progress(settings.getScheme());
        this.planFromYear = plan.fromYear();
        this.planToYear = plan.toYear();
        this.planRunsToYear = asRun.toYear();
        this.missingActualYears = path.missingYears(asRun, targetTime).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    public Subject getSubject() {
        return subject;
    }

    public String getName() {
        return subject.name();
    }

    public int getGoal() {
        return subject.goal();
    }

    public KpiPath getPath() {
        return path;
    }

    /** Progress under the run's scheme. */
    public Progress getProgress() {
        return progress;
    }

    public int getPlanFromYear() {
        return planFromYear;
    }

    public int getPlanToYear() {
        return planToYear;
    }

    /** The last year of the plan period as extended; the same as {@link #getPlanToYear()} without an extension. */
    public int getPlanRunsToYear() {
        return planRunsToYear;
    }

    /** The KPI followed with its unwritten kinds of year read both ways, where that changes a result; else null. */
    public YearKindReadings getYearKindReadings() {
        return yearKindReadings;
    }

    /** Years from the baseline to the plan's first year (only meaningful where the baseline is known). */
    public int getBaselineAge() {
        return planFromYear - path.getBaselineYear();
    }

    /** The baseline year most of the plan's KPIs share (where two or more do); 0 otherwise. */
    public int getPlanBaselineYear() {
        return planBaseline == null ? 0 : planBaseline.year();
    }

    /** How many of the plan's KPIs start from {@link #getPlanBaselineYear()}. */
    public int getPlanBaselineKpis() {
        return planBaseline == null ? 0 : planBaseline.kpis();
    }

    /** Years this KPI's baseline is older than the plan's common baseline year (only meaningful where both exist). */
    public int getYearsBeforePlanBaseline() {
        return getPlanBaselineYear() - path.getBaselineYear();
    }

    /** The plan years that have ended without an actual value, as "2025, 2026"; empty when none. */
    public String getMissingActualYears() {
        return missingActualYears;
    }

    @Override
    public String toString() {
        return "KpiFact[" + subject.name() + "]";
    }
}
