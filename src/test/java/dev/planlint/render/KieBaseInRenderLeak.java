package dev.planlint.render;

/**
 * A deliberate leak for {@code ArchitectureLeaksTest}: render using Drools by its fully qualified name, with no
 * import line. Not used by anything.
 */
final class KieBaseInRenderLeak {

    private KieBaseInRenderLeak() {
    }

    static int packageCount(org.kie.api.KieBase rules) {
        return rules.getKiePackages().size();
    }
}
