package dev.planlint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test of {@link ArchitectureTest}: its rule objects, evaluated on planlint's classes plus one deliberate leak
 * (a fixture class in the real package, under src/test/java), must report that leak. The real classes alone pass
 * those rules (ArchitectureTest), so each reported violation here is the leak's.
 */
class ArchitectureLeaksTest {

    private static final String PARSE_TREE_IN_CHECK = "dev.planlint.check.ParseTreeInCheckLeak";
    private static final String LOAD_IN_VALIDATE = "dev.planlint.validate.LoadInValidateLeak";
    private static final String ENGINE_IN_LINK = "dev.planlint.link.EngineInLinkLeak";
    private static final String KIE_BASE_IN_RENDER = "dev.planlint.render.KieBaseInRenderLeak";
    private static final String FACTS_IN_RENDER = "dev.planlint.render.FactsInRenderLeak";

    @Test
    void anAntlrParseTreeInCheckIsReported() {
        JavaClasses classes = planlintWith(PARSE_TREE_IN_CHECK);
        assertReported(ArchitectureTest.ANTLR_ONLY_IN_PARSER, classes, PARSE_TREE_IN_CHECK, "org.antlr.v4.runtime.tree.ParseTree");
        assertReported(ArchitectureTest.GENERATED_PARSER_ONLY_IN_PARSER, classes, PARSE_TREE_IN_CHECK,
                "dev.planlint.parser.StrategyParser$StrategyContext");
        assertReported(ArchitectureTest.LAYERS, classes, PARSE_TREE_IN_CHECK, "dev.planlint.parser.StrategyParser");
    }

    @Test
    void validateImportingLoadIsReported() {
        JavaClasses classes = planlintWith(LOAD_IN_VALIDATE);
        assertReported(ArchitectureTest.LAYERS, classes, LOAD_IN_VALIDATE, "dev.planlint.load.LoadResult");
        assertReported(ArchitectureTest.NO_PACKAGE_CYCLES, classes, LOAD_IN_VALIDATE, "dev.planlint.load.LoadResult");
    }

    @Test
    void linkImportingTheEngineIsReported() {
        JavaClasses classes = planlintWith(ENGINE_IN_LINK);
        // No cycle: since the link results are model values, nothing below the engine reaches link any more.
        assertReported(ArchitectureTest.LAYERS, classes, ENGINE_IN_LINK, "dev.planlint.engine.RuleEngine");
    }

    @Test
    void droolsNamedInFullWithoutAnImportIsReported() {
        JavaClasses classes = planlintWith(KIE_BASE_IN_RENDER);
        assertReported(ArchitectureTest.DROOLS_ONLY_IN_ENGINE_AND_BUILD, classes, KIE_BASE_IN_RENDER,
                "org.kie.api.KieBase");
    }

    @Test
    void renderReadingFactsIsReported() {
        JavaClasses classes = planlintWith(FACTS_IN_RENDER);
        assertReported(ArchitectureTest.RENDER_READS_ONLY_THE_REPORT, classes, FACTS_IN_RENDER,
                "dev.planlint.facts.Finding");
    }

    private static void assertReported(ArchRule rule, JavaClasses classes, String leak, String leakedType) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("%s reports a violation", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as("violations of %s", rule.getDescription())
                .anySatisfy(line -> assertThat(line).contains(leak).contains(leakedType));
    }

    /** planlint's main classes and the one fixture class {@code leak} (which has no nested classes). */
    private static JavaClasses planlintWith(String leak) {
        String leakFile = "/" + leak.replace('.', '/') + ".class";
        ImportOption mainClasses = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
        return new ClassFileImporter()
                .withImportOption(location -> mainClasses.includes(location) || location.contains(leakFile))
                .importPackages("dev.planlint");
    }
}
