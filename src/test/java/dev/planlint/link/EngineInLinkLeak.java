package dev.planlint.link;

import dev.planlint.engine.RuleEngine;

/** A deliberate leak for {@code ArchitectureLeaksTest}: link importing the rule engine. Not used by anything. */
final class EngineInLinkLeak {

    private EngineInLinkLeak() {
    }

    static String engineName(RuleEngine engine) {
        return engine.toString();
    }
}
