package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Place;
import dev.planlint.model.Strategy;
import dev.planlint.model.TimeSpec;
import dev.planlint.path.CommonBaselineYear;
import dev.planlint.path.KpiPath;
import dev.planlint.path.PopulationPath;
import dev.planlint.path.YearKindReadings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one strategy into the facts its rules are evaluated on. */
public final class StrategyFacts {

    private StrategyFacts() {
    }

    public static List<Object> of(Strategy strategy, Settings settings) {
        TimeSpec period = strategy.period().orElseThrow().value();
        TimeSpec asRun = strategy.periodAsRun().orElseThrow();
        LocalDate asOf = settings.getAsOf();
        List<Object> facts = new ArrayList<>();
        facts.add(settings);
        for (BasicGoal goal : strategy.goals()) {
            facts.add(new GoalFact(goalSubject(strategy, goal), goal.kpis().size(), goal.measureKpiCount(),
                    goal.measures().size()));
        }
        List<Kpi> kpis = strategy.kpis().toList();
        List<KpiPath> paths = kpis.stream().map(kpi -> KpiPath.of(kpi, asOf)).toList();
        Optional<CommonBaselineYear> planBaseline = CommonBaselineYear.of(paths);
        for (int i = 0; i < paths.size(); i++) {
            Kpi kpi = kpis.get(i);
            facts.add(new KpiFact(kpiSubject(strategy, kpi), paths.get(i), period, asRun, kpi.target().time(),
                    settings, YearKindReadings.of(kpi, asOf, settings.getScheme()), planBaseline));
        }
        PopulationPath.of(strategy.populationVision(), asOf).ifPresent(path -> facts.add(new PopulationPathFact(
                new Subject(Subject.Kind.VISION, "人口の将来目標", 0, strategy.file(), path.latest().position().line(),
                        path.latest().position().column()), path)));
        return facts;
    }

    /**
     * A KPI of the previous strategy as the scheme rules grade it in the previous-period review: judged on
     * {@code path}, the path its outcome was judged on (every value known of the indicator), within its own period.
     */
    public static KpiFact previousKpi(Strategy previous, Kpi kpi, KpiPath path, Settings settings) {
        TimeSpec period = previous.period().map(written -> written.value()).orElse(kpi.target().time());
        TimeSpec asRun = previous.periodAsRun().orElse(period);
        return new KpiFact(kpiSubject(previous, kpi), path, period, asRun, kpi.target().time(), settings,
                Optional.empty(), Optional.empty());
    }

    public static Subject goalSubject(Strategy strategy, BasicGoal goal) {
        return new Subject(Subject.Kind.GOAL, goal.name(), goal.number(), strategy.file(), goal.position().line(),
                goal.position().column(), Place.ofGoal(goal.number()));
    }

    /** A KPI at any level: its goal is 0 for an overall target, and its place says where it stands. */
    public static Subject kpiSubject(Strategy strategy, Kpi kpi) {
        return new Subject(Subject.Kind.KPI, kpi.name(), kpi.place().goal(), strategy.file(), kpi.position().line(),
                kpi.position().column(), kpi.place());
    }
}
