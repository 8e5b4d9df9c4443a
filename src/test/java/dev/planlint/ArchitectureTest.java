package dev.planlint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the stages apart: ANTLR types stay in the parser, Drools types in the engine (and the build step that
 * compiles the rules), the model depends on nothing else of planlint, renderers only render.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/planlint");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** Package prefix of an import to the packages (under dev.planlint) that may use it. */
    private static final Map<String, List<String>> ONLY_IN = Map.of(
            "org.antlr.", List.of("parser"),
            "org.drools.", List.of("engine", "build"),
            "org.kie.", List.of("engine", "build"),
            "picocli.", List.of("cli"));

    /** Packages (under dev.planlint) that a package must not import. */
    private static final Map<String, List<String>> NEVER = Map.of(
            "model", List.of("parser", "validate", "load", "facts", "engine", "check", "render", "cli", "link",
                    "config", "catalog"),
            "render", List.of("engine", "parser", "load.StrategyLoader", "check.Checker", "cli", "validate"),
            "facts", List.of("engine", "parser", "check", "render", "cli"),
            "engine", List.of("parser", "check", "render", "cli", "load"),
            "parser", List.of("engine", "check", "render", "cli", "facts", "load"));

    @Test
    void librariesStayInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachSource((pkg, file, imported) -> ONLY_IN.forEach((library, allowed) -> {
            if (imported.startsWith(library) && !allowed.contains(pkg)) {
                violations.add(file + " imports " + imported);
            }
        }));
        assertThat(violations).isEmpty();
    }

    @Test
    void stagesDependOnlyForward() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachSource((pkg, file, imported) -> NEVER.getOrDefault(pkg, List.of()).forEach(forbidden -> {
            if (imported.startsWith("dev.planlint." + forbidden)) {
                violations.add(file + " imports " + imported);
            }
        }));
        assertThat(violations).isEmpty();
    }

    private interface ImportVisitor {
        void visit(String pkg, Path file, String imported);
    }

    private static void forEachSource(ImportVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher matcher = IMPORT.matcher(text);
                while (matcher.find()) {
                    visitor.visit(pkg, file, matcher.group(1));
                }
                Matcher qualified = Pattern.compile("\\b(org\\.(?:antlr|drools|kie)\\.[\\w.]+)").matcher(
                        text.replaceAll("(?m)^import .*$", ""));
                while (qualified.find()) {
                    visitor.visit(pkg, file, qualified.group(1));
                }
            }
        }
    }
}
