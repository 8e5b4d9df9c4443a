package dev.planlint.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A comprehensive strategy (総合戦略) as written in one file. */
public record Strategy(
        String file,
        Optional<Located<String>> title,
        Optional<Located<String>> municipality,
        Optional<Located<TimeSpec>> period,
        Optional<Located<TimeSpec>> extendedPeriod,
        Optional<Located<YearKind>> declaredYearKind,
        Optional<Located<PlanStatus>> status,
        Optional<Located<String>> vision,
        Optional<Located<String>> predecessorFile,
        Optional<Located<String>> evaluationScheme,
        List<PriorityStrategy> priorities,
        PopulationVision populationVision,
        List<Kpi> overallTargets,
        List<BasicGoal> goals) {

    public Strategy {
        priorities = List.copyOf(priorities);
        overallTargets = List.copyOf(overallTargets);
        goals = List.copyOf(goals);
    }

    /**
     * The plan period as it runs: with its extension (（令和2年度まで1年延長）) where one is written. Rules about what
     * the plan asks for by its end use {@link #period()}, the period the targets were set for.
     */
    public Optional<TimeSpec> periodAsRun() {
        return extendedPeriod.or(() -> period).map(Located::value);
    }

    /** Every KPI at every level, as written: the overall targets, then each goal's targets and measure KPIs. */
    public Stream<Kpi> kpis() {
        return Stream.concat(overallTargets.stream(), goals.stream().flatMap(BasicGoal::allKpis));
    }

    public Stream<Measure> measures() {
        return goals.stream().flatMap(goal -> goal.measures().stream());
    }

    public Stream<SubMeasure> subMeasures() {
        return measures().flatMap(measure -> measure.subMeasures().stream());
    }

    /** The same strategy with {@code change} applied to every KPI at every level. */
    public Strategy withKpis(UnaryOperator<Kpi> change) {
        return new Strategy(file, title, municipality, period, extendedPeriod, declaredYearKind, status, vision,
                predecessorFile, evaluationScheme, priorities, populationVision, overallTargets.stream().map(change).toList(),
                goals.stream().map(goal -> goal.withKpis(change)).toList());
    }

    /** The same strategy with {@code actuals} as the actual population values of its population vision. */
    public Strategy withPopulationActuals(List<Observation> actuals) {
        PopulationVision merged = new PopulationVision(populationVision.fertility(), populationVision.migration(),
                populationVision.population(), populationVision.impacts(), actuals);
        return new Strategy(file, title, municipality, period, extendedPeriod, declaredYearKind, status, vision,
                predecessorFile, evaluationScheme, priorities, merged, overallTargets, goals);
    }
}
