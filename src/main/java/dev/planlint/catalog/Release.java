package dev.planlint.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * What this build of planlint is: its version, and the project's web site and the address its rule pages are
 * published under, where the build was given them ({@code -Dplanlint.site=URL}, {@code -Dplanlint.rulePages=URL}).
 * Read from {@code release.properties}, which Maven fills in, so the version is right when run from classes too.
 */
public record Release(String version, Optional<String> site, Optional<String> rulePages) {

    private static final Release CURRENT = read();

    public static Release current() {
        return CURRENT;
    }

    /** The page of a rule on the project's site, {@code <rulePages><id>.md}; none when no address is configured. */
    public Optional<String> rulePage(String ruleId) {
        return rulePages.map(base -> base + ruleId + ".md");
    }

    private static Release read() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream("/dev/planlint/release.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Release(configured(properties, "version").orElse("0.0.0-development"),
                configured(properties, "site"), configured(properties, "rulePages"));
    }

    /** A value Maven filled in; an empty one, or one left as {@code ${…}}, is not configured. */
    private static Optional<String> configured(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }
}
