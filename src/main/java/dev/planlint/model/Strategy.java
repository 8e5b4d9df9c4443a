package dev.planlint.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A comprehensive strategy (総合戦略) as written in one file. */
public record Strategy(
        String file,
        Optional<Located<String>> title,
        Optional<Located<String>> municipality,
        Optional<Located<TimeSpec>> period,
        Optional<Located<PlanStatus>> status,
        Optional<Located<String>> vision,
        Optional<Located<String>> predecessorFile,
        Optional<Located<String>> evaluationScheme,
        List<PriorityStrategy> priorities,
        PopulationVision populationVision,
        List<BasicGoal> goals) {

    public Strategy {
        priorities = List.copyOf(priorities);
        goals = List.copyOf(goals);
    }

    public Stream<Kpi> kpis() {
        return goals.stream().flatMap(goal -> goal.kpis().stream());
    }

    public Stream<Measure> measures() {
        return goals.stream().flatMap(goal -> goal.measures().stream());
    }

    public Stream<SubMeasure> subMeasures() {
        return measures().flatMap(measure -> measure.subMeasures().stream());
    }

    public Strategy withGoals(List<BasicGoal> newGoals) {
        return new Strategy(file, title, municipality, period, status, vision, predecessorFile, evaluationScheme,
                priorities, populationVision, newGoals);
    }
}
