package dev.planlint.engine;

import dev.planlint.facts.Finding;
import dev.planlint.facts.KpiStatus;

import java.util.List;

/** What the rules found in one set of facts, in no particular order: the caller sorts. */
public record Evaluation(List<Finding> findings, List<KpiStatus> statuses) {

    public Evaluation {
        findings = List.copyOf(findings);
        statuses = List.copyOf(statuses);
    }
}
