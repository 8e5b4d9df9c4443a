package dev.planlint.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step: lists the rule pages ({@code docs/rules/*.md}, packaged as resources) in {@code index.txt}, so that the
 * catalog can find them in the jar without scanning it.
 */
public final class RulePageIndex {

    private RulePageIndex() {
    }

    public static void main(String[] args) throws IOException {
        Path pages = Path.of(args[0]);
        Path index = Path.of(args[1]);
        try (Stream<Path> files = Files.list(pages)) {
            String ids = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !name.equals("README.md"))
                    .map(name -> name.substring(0, name.length() - ".md".length()))
                    .sorted()
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.createDirectories(index.getParent());
            Files.writeString(index, ids);
        }
    }
}
