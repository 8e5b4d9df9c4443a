package dev.planlint.facts;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Measure;
import dev.planlint.model.Numbering;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Place;

import java.util.Optional;

/** Finds what a re-listed sub-measure (再掲) stands for: its written address, or the one original of its name. */
public final class Relistings {

    private Relistings() {
    }

    static Optional<SubMeasure> relistingNamed(Strategy strategy, String name) {
        return strategy.subMeasures()
                .filter(sub -> sub.relisting().isPresent() && sub.normalizedName().equals(
                        dev.planlint.model.Names.normalize(name)))
                .findFirst();
    }

    /** The position of the original, which identifies it. */
    static Optional<SourcePosition> originalAddress(Strategy strategy, SubMeasure relisted) {
        return original(strategy, relisted).map(found -> found.sub().position());
    }

    /** The sub-measure a re-listing repeats: at its written address, else the one original of its name. */
    public static Optional<SubMeasure> originalOf(Strategy strategy, SubMeasure relisted) {
        return original(strategy, relisted).map(Found::sub);
    }

    static Optional<String> originalPlace(Strategy strategy, SubMeasure relisted) {
        return original(strategy, relisted).map(found -> new Place(found.goal(), found.measure(),
                found.sub().number()).written());
    }

    private record Found(int goal, int measure, SubMeasure sub) {
    }

    private static Optional<Found> original(Strategy strategy, SubMeasure relisted) {
        Optional<Place> written = relisted.relisting().flatMap(relisting -> relisting.original());
        for (BasicGoal goal : strategy.goals()) {
            for (Measure measure : goal.measures()) {
                for (SubMeasure sub : measure.subMeasures()) {
                    boolean matches = written.isPresent()
                            ? written.get().equals(new Place(goal.number(), measure.number(), sub.number()))
                            : sub.relisting().isEmpty() && sub.normalizedName().equals(relisted.normalizedName());
                    if (matches) {
                        return Optional.of(new Found(goal.number(), measure.number(), sub));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
