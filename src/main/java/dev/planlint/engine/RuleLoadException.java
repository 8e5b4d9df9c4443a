package dev.planlint.engine;

import java.util.List;

/** User rule files that do not compile: each error with its file, line and column. */
public final class RuleLoadException extends Exception {

    /** One compile error in a user rule file; column 0 when Drools gives none. */
    public record RuleError(String file, int line, int column, String message) {
    }

    private final List<RuleError> errors;

    public RuleLoadException(List<RuleError> errors) {
        super(errors.size() + " error(s) in rule files");
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
