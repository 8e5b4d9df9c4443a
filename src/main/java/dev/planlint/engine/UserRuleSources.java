package dev.planlint.engine;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user rules by their full name ("package.rule"), each with the file and line it was written at, read with
 * Drools' own DRL parser so that names are resolved exactly as the rule base resolves them.
 */
final class UserRuleSources {

    private final Map<String, RuleSource> byFullName;

    private UserRuleSources(Map<String, RuleSource> byFullName) {
        this.byFullName = Map.copyOf(byFullName);
    }

    /** Called after the files compiled, so a file that does not parse here has already been reported. */
    static UserRuleSources of(List<Path> files) {
        Map<String, RuleSource> sources = new HashMap<>();
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                PackageDescr drl = new DrlParser().parse(false, text);
                if (drl == null) {
                    continue;
                }
                for (RuleDescr rule : drl.getRules()) {
                    String fullName = drl.getName() + "." + rule.getName();
                    sources.put(fullName, new RuleSource(rule.getName(), file.toString(), rule.getLine()));
                }
            } catch (IOException | DroolsParserException | RuntimeException unreadable) {
                // Its rules keep unknown sources; the message then names the rule without a place.
            }
        }
        return new UserRuleSources(sources);
    }

    boolean isUserRule(String packageName, String name) {
        return byFullName.containsKey(packageName + "." + name);
    }

    RuleSource of(String packageName, String name) {
        return byFullName.getOrDefault(packageName + "." + name, RuleSource.unknown(name));
    }

    /** The user rule of this name in the file Drools names (an absolute path). */
    Optional<RuleSource> named(String name, String file) {
        return byFullName.values().stream()
                .filter(rule -> rule.name().equals(name)
                        && Path.of(rule.file()).toAbsolutePath().normalize().equals(Path.of(file).normalize()))
                .findFirst();
    }
}
