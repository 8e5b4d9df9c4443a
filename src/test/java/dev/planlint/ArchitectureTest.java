package dev.planlint;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the pipeline's stages apart, checked on the compiled classes (so a fully qualified name, a generic type
 * argument or a lambda counts as much as an import). {@link ArchitectureLeaksTest} evaluates these same rule objects
 * on the real classes plus one deliberate leak each and expects every leak to be reported.
 */
class ArchitectureTest {

    /**
     * Every package of planlint is a layer, and each layer may use exactly the layers it uses today: the model at
     * the bottom, reading (parser, validate, load) and judging (link, path, facts, engine, check) above it,
     * output (render) and the command line (cli) on top. The Drools executable model generated from rules/*.drl
     * lands in dev.planlint.rules.
     */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("trace").definedBy("dev.planlint.trace..")
            .layer("model").definedBy("dev.planlint.model..")
            .layer("catalog").definedBy("dev.planlint.catalog..")
            .layer("diagnostic").definedBy("dev.planlint.diagnostic..")
            .layer("parser").definedBy("dev.planlint.parser..")
            .layer("validate").definedBy("dev.planlint.validate..")
            .layer("load").definedBy("dev.planlint.load..")
            .layer("link").definedBy("dev.planlint.link..")
            .optionalLayer("path").definedBy("dev.planlint.path..")
            .layer("facts").definedBy("dev.planlint.facts..")
            .layer("config").definedBy("dev.planlint.config..")
            .layer("generated rules").definedBy("dev.planlint.rules..")
            .layer("engine").definedBy("dev.planlint.engine..")
            .layer("check").definedBy("dev.planlint.check..")
            .layer("render").definedBy("dev.planlint.render..")
            .layer("fmt").definedBy("dev.planlint.fmt..")
            .layer("lsp").definedBy("dev.planlint.lsp..")
            .layer("cli").definedBy("dev.planlint.cli..")
            .layer("build").definedBy("dev.planlint.build..")

            .whereLayer("trace").mayNotAccessAnyLayer()
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("catalog").mayNotAccessAnyLayer()
            .whereLayer("diagnostic").mayOnlyAccessLayers("model")
            .whereLayer("parser").mayOnlyAccessLayers("model", "diagnostic")
            .whereLayer("validate").mayOnlyAccessLayers("model", "diagnostic")
            .whereLayer("load").mayOnlyAccessLayers("model", "diagnostic", "parser", "validate")
            .whereLayer("link").mayOnlyAccessLayers("model")
            .whereLayer("path").mayOnlyAccessLayers("model")
            .whereLayer("facts").mayOnlyAccessLayers("model", "path")
            .whereLayer("config").mayOnlyAccessLayers("model", "catalog", "diagnostic", "load", "facts", "path")
            .whereLayer("generated rules").mayOnlyAccessLayers("model", "path", "facts")
            .whereLayer("engine").mayOnlyAccessLayers("facts", "trace")
            .whereLayer("check").mayOnlyAccessLayers(
                    "model", "catalog", "diagnostic", "load", "link", "path", "facts", "config", "engine", "trace")
            .whereLayer("render").mayOnlyAccessLayers("model", "catalog", "diagnostic", "path", "check")
            .whereLayer("fmt").mayOnlyAccessLayers("model", "diagnostic", "parser")
            .whereLayer("lsp").mayOnlyAccessLayers(
                    "model", "catalog", "diagnostic", "load", "config", "engine", "check", "render", "trace", "fmt")
            .whereLayer("cli").mayOnlyAccessLayers(
                    "model", "catalog", "diagnostic", "load", "config", "engine", "check", "render", "trace", "fmt",
                    "lsp")
            .whereLayer("build").mayOnlyAccessLayers("catalog")

            .whereLayer("parser").mayOnlyBeAccessedByLayers("load", "fmt")
            .whereLayer("validate").mayOnlyBeAccessedByLayers("load")
            .whereLayer("path").mayOnlyBeAccessedByLayers("facts", "config", "generated rules", "check", "render")
            .whereLayer("generated rules").mayNotBeAccessedByAnyLayer()
            .whereLayer("lsp").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("build").mayNotBeAccessedByAnyLayer();

    /** Renderers read the report model (check), not the stages' internal types. */
    static final ArchRule RENDER_READS_ONLY_THE_REPORT = noClasses()
            .that().resideInAPackage("dev.planlint.render..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.planlint.facts..", "dev.planlint.link..", "dev.planlint.load..");

    /** No two packages depend on each other, directly or around a loop. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.planlint.(*)..").should().beFreeOfCycles();

    /** ANTLR is the parser's business; the rest of planlint sees only the model and diagnostics. */
    static final ArchRule ANTLR_ONLY_IN_PARSER = noClasses()
            .that().resideOutsideOfPackage("dev.planlint.parser..")
            .should().dependOnClassesThat().resideInAPackage("org.antlr..");

    /** The classes ANTLR generates from grammar/ (lexer, parser, rule contexts, visitors) live in parser. */
    static final DescribedPredicate<JavaClass> GENERATED_PARSER_TYPES = resideInAPackage("dev.planlint.parser..")
            .and(assignableTo(Lexer.class).or(assignableTo(Parser.class)).or(assignableTo(ParserRuleContext.class))
                    .or(assignableTo(ParseTreeVisitor.class)))
            .as("lexer, parser, rule contexts and visitors generated from grammar/");

    static final ArchRule GENERATED_PARSER_ONLY_IN_PARSER = noClasses()
            .that().resideOutsideOfPackage("dev.planlint.parser..")
            .should().dependOnClassesThat(GENERATED_PARSER_TYPES);

    /** Drools runs in the engine, compiles in build, and is what the generated executable model is made of. */
    static final ArchRule DROOLS_ONLY_IN_ENGINE_AND_BUILD = noClasses()
            .that().resideOutsideOfPackages("dev.planlint.engine..", "dev.planlint.build..", "dev.planlint.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");

    static final ArchRule PICOCLI_ONLY_IN_CLI = noClasses()
            .that().resideOutsideOfPackage("dev.planlint.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** The language server's protocol (LSP4J and its JSON-RPC) is the lsp package's business. */
    static final ArchRule LSP4J_ONLY_IN_LSP = noClasses()
            .that().resideOutsideOfPackage("dev.planlint.lsp..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.lsp4j..");

    /** So that only xlsx (the report, and actuals read from a workbook) loads POI's classes (see pom.xml). */
    static final ArchRule POI_ONLY_IN_THE_XLSX_RENDERER = noClasses()
            .that().haveNameNotMatching("dev\\.planlint\\.(render\\.XlsxReportRenderer|load\\.XlsxActuals)(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    /** planlint's own classes, without the tests. */
    static final JavaClasses PLANLINT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.planlint");

    @Test
    void everyPackageIsALayerAndUsesOnlyTheLayersBelowItThatItMay() {
        LAYERS.check(PLANLINT);
    }

    @Test
    void renderReadsOnlyTheReport() {
        RENDER_READS_ONLY_THE_REPORT.check(PLANLINT);
    }

    @Test
    void packagesAreFreeOfCycles() {
        NO_PACKAGE_CYCLES.check(PLANLINT);
    }

    @Test
    void antlrAndTheGeneratedParserStayInParser() {
        ANTLR_ONLY_IN_PARSER.check(PLANLINT);
        GENERATED_PARSER_ONLY_IN_PARSER.check(PLANLINT);
    }

    @Test
    void droolsStaysInEngineAndBuild() {
        DROOLS_ONLY_IN_ENGINE_AND_BUILD.check(PLANLINT);
    }

    @Test
    void picocliStaysInCli() {
        PICOCLI_ONLY_IN_CLI.check(PLANLINT);
    }

    @Test
    void lsp4jStaysInLsp() {
        LSP4J_ONLY_IN_LSP.check(PLANLINT);
    }

    @Test
    void poiStaysInTheXlsxRenderer() {
        POI_ONLY_IN_THE_XLSX_RENDERER.check(PLANLINT);
    }
}
