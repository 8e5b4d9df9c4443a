package dev.planlint.engine;

import dev.planlint.facts.Finding;
import dev.planlint.facts.KpiStatus;

import java.util.List;
import java.util.Set;

/**
 * What the rules found in one set of facts, in no particular order (the caller sorts), and which rules fired, as
 * "package.rule name", so that tests can see that every rule of a DRL file is reached by some case.
 */
public record Evaluation(List<Finding> findings, List<KpiStatus> statuses, Set<String> firedRules) {

    public Evaluation {
        findings = List.copyOf(findings);
        statuses = List.copyOf(statuses);
        firedRules = Set.copyOf(firedRules);
    }
}
