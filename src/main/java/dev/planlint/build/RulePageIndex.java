package dev.planlint.build;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.catalog.RulePage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: compiles the front matter of the rule pages ({@code docs/rules/*.md}) into {@code catalog.tsv}, one
 * tab-separated line per rule sorted by id, so that a check reads one small resource at start instead of parsing 38
 * pages. A page that is wrong (no id, an id that is not its name, a missing field, a tab in a value) fails the build
 * here rather than a user's run.
 */
public final class RulePageIndex {

    private RulePageIndex() {
    }

    public static void main(String[] args) throws IOException {
        Path pages = Path.of(args[0]);
        Path table = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> listed = Files.list(pages)) {
            files = listed.filter(path -> path.getFileName().toString().endsWith(".md")
                    && !path.getFileName().toString().equals("README.md")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            RuleInfo rule = RulePage.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!file.getFileName().toString().equals(rule.id() + ".md")) {
                throw new IllegalStateException("rule page " + file + " declares id " + rule.id());
            }
            String line = RuleCatalog.tableLine(rule);
            if (line.chars().filter(c -> c == '\t').count() != RuleCatalog.COLUMNS.size() - 1
                    || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalStateException("rule page " + file + ": a value holds a tab or a line end");
            }
            lines.add(line);
        }
        Files.createDirectories(table.getParent());
        Files.writeString(table, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
