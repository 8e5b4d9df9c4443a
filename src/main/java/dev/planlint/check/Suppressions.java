package dev.planlint.check;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.facts.Finding;
import dev.planlint.facts.StrategyFacts;
import dev.planlint.model.Subject;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Names;
import dev.planlint.model.Strategy;
import dev.planlint.model.Suppression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the suppressions written in a strategy ({@code 抑制：rule-id：reason} under a KPI or a basic goal): a
 * finding of that rule on that subject is kept in the report as suppressed, with the reason; a suppression that
 * silences nothing is reported itself as {@code unused-suppression}.
 */
final class Suppressions {

    static final String UNUSED = "unused-suppression";

    private Suppressions() {
    }

    static List<ReportedFinding> apply(Strategy strategy, List<ReportedFinding> findings, RuleCatalog catalog,
                                       Function<Finding, Optional<ReportedFinding>> reporter) {
        Map<Suppression, Subject> written = written(strategy);
        Set<Suppression> used = new HashSet<>();
        List<ReportedFinding> result = new ArrayList<>();
        for (ReportedFinding finding : findings) {
            Optional<Suppression> match = written.entrySet().stream()
                    .filter(entry -> entry.getKey().ruleId().equals(finding.ruleId())
                            && silences(entry.getKey(), entry.getValue(), finding.subject()))
                    .map(Map.Entry::getKey)
                    .findFirst();
            match.ifPresent(used::add);
            result.add(match.map(suppression -> finding.suppressed(suppression.reason())).orElse(finding));
        }
        written.forEach((suppression, subject) -> {
            if (!used.contains(suppression)) {
                Subject at = new Subject(subject.kind(), subject.name(), subject.goal(), subject.file(),
                        suppression.position().line(), suppression.position().column(), subject.place());
                reporter.apply(Finding.on(UNUSED, at).with("rule", suppression.ruleId())
                        .with("known", catalog.rule(suppression.ruleId()).isPresent())
                        .with("reason", suppression.reason())).ifPresent(result::add);
            }
        });
        return result;
    }

    /**
     * A suppression silences the finding on the element it is written under; one that names its subject, the
     * finding about that subject in the same file (an old KPI reported at a goal's heading or the 前期戦略 line).
     */
    private static boolean silences(Suppression suppression, Subject writtenUnder, Subject found) {
        return suppression.subject()
                .map(name -> found.file().equals(writtenUnder.file())
                        && Names.normalize(found.name()).equals(Names.normalize(name)))
                .orElse(writtenUnder.equals(found));
    }

    private static Map<Suppression, Subject> written(Strategy strategy) {
        Map<Suppression, Subject> written = new LinkedHashMap<>();
        for (BasicGoal goal : strategy.goals()) {
            Subject goalSubject = StrategyFacts.goalSubject(strategy, goal);
            goal.suppressions().forEach(suppression -> written.put(suppression, goalSubject));
        }
        strategy.kpis().forEach(kpi -> {
            Subject kpiSubject = StrategyFacts.kpiSubject(strategy, kpi);
            kpi.suppressions().forEach(suppression -> written.put(suppression, kpiSubject));
        });
        return written;
    }
}
