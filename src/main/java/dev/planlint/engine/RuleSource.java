package dev.planlint.engine;

/**
 * Where a user rule was written: its name and the file and line of its {@code rule} keyword, so that a rule that
 * runs away or fails can be named as its author knows it. {@code file} is empty when the rule is not a user's.
 */
public record RuleSource(String name, String file, int line) {

    static RuleSource unknown(String name) {
        return new RuleSource(name, "", 0);
    }

    public boolean known() {
        return !file.isEmpty();
    }
}
