package dev.planlint.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule test case kept as data: a small strategy whose header comments say what the rule must find.
 * <pre>
 * # expect: none                                       the rule finds nothing here
 * # expect: rule-id line 9 targetAnnual=67 baseline=72 a finding on line 9 with these figures (and maybe others)
 * # as-of: 2027-06-01                                  judge progress as of this date (default 2026-11-29)
 * # option: --scheme eurostat-growth                   any further option of planlint check
 * # notice: time.kindUnspecified                       this positioned notice of the input is expected too
 * </pre>
 */
record RuleCase(String ruleId, Path file, LocalDate asOf, List<String> options, List<Expectation> expected,
               List<String> notices) {

    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 29);

    record Expectation(int line, Map<String, String> figures) {
    }

    static RuleCase read(String ruleId, Path file) throws IOException {
        LocalDate asOf = DEFAULT_AS_OF;
        List<String> options = new ArrayList<>();
        List<Expectation> expected = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        boolean none = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Optional<String> value = directive(line, "as-of");
            if (value.isPresent()) {
                asOf = LocalDate.parse(value.get());
            }
            directive(line, "notice").ifPresent(notices::add);
            directive(line, "option").ifPresent(option -> options.addAll(List.of(option.split("\\s+"))));
            Optional<String> expect = directive(line, "expect");
            if (expect.isPresent() && expect.get().equals("none")) {
                none = true;
            } else if (expect.isPresent()) {
                expected.add(expectation(ruleId, file, expect.get()));
            }
        }
        if (none == !expected.isEmpty()) {
            throw new IllegalStateException(file + ": say either '# expect: none' or what is expected");
        }
        return new RuleCase(ruleId, file, asOf, options, expected, notices);
    }

    private static Optional<String> directive(String line, String name) {
        String prefix = "# " + name + ":";
        return line.startsWith(prefix) ? Optional.of(line.substring(prefix.length()).strip()) : Optional.empty();
    }

    private static Expectation expectation(String ruleId, Path file, String text) {
        String[] words = text.split("\\s+");
        if (words.length < 3 || !words[0].equals(ruleId) || !words[1].equals("line")) {
            throw new IllegalStateException(file + ": write '# expect: " + ruleId + " line N [figure=value …]'");
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 3; i < words.length; i++) {
            String[] pair = words[i].split("=", 2);
            figures.put(pair[0], pair[1]);
        }
        return new Expectation(Integer.parseInt(words[2]), figures);
    }
}
