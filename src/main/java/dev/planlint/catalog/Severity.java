package dev.planlint.catalog;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered: INFO &lt; WARNING &lt; ERROR. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
