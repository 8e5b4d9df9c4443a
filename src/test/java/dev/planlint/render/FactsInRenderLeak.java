package dev.planlint.render;

import dev.planlint.facts.Finding;

/** A deliberate leak for {@code ArchitectureLeaksTest}: render reading a fact instead of the report. */
final class FactsInRenderLeak {

    private FactsInRenderLeak() {
    }

    static String ruleOf(Finding finding) {
        return finding.toString();
    }
}
