package dev.planlint.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.planlint.catalog.Severity;
import dev.planlint.path.Scheme;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a configuration file (JSON) and the command line's {@code NAME=VALUE} overrides. Unknown keys are errors,
 * so that a misspelt threshold is never silently ignored.
 */
public final class ConfigurationReader {

    private static final Set<String> KEYS = Set.of("scheme", "thresholds", "severities");

    private ConfigurationReader() {
    }

    public static Configuration read(Path file, Set<String> ruleIds) throws ConfigurationException {
        JsonObject json = parse(file);
        Configuration configuration = Configuration.defaults();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (!KEYS.contains(entry.getKey())) {
                throw new ConfigurationException(file + ": unknown key \"" + entry.getKey() + "\"; known: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        if (json.has("scheme")) {
            configuration = configuration.withScheme(scheme(string(json.get("scheme"), file + ": scheme")));
        }
        for (Map.Entry<String, JsonElement> threshold : object(json, "thresholds", file).entrySet()) {
            configuration = withThreshold(configuration, threshold.getKey(),
                    string(threshold.getValue(), file + ": thresholds." + threshold.getKey()));
        }
        for (Map.Entry<String, JsonElement> severity : object(json, "severities", file).entrySet()) {
            configuration = withSeverity(configuration, severity.getKey(),
                    string(severity.getValue(), file + ": severities." + severity.getKey()), ruleIds);
        }
        return configuration;
    }

    public static Scheme scheme(String name) throws ConfigurationException {
        return Scheme.parse(name).orElseThrow(() -> new ConfigurationException(
                "unknown evaluation scheme \"" + name + "\"; known: " + Scheme.names()));
    }

    public static Configuration withThreshold(Configuration configuration, String name, String value)
            throws ConfigurationException {
        if (!Configuration.DEFAULT_THRESHOLDS.containsKey(name)) {
            throw new ConfigurationException("unknown threshold \"" + name + "\"; known: "
                    + String.join(", ", Configuration.DEFAULT_THRESHOLDS.keySet().stream().sorted().toList()));
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (name.equals("staleBaselineYears") && number.stripTrailingZeros().scale() > 0) {
                throw new ConfigurationException("threshold staleBaselineYears is a whole number of years, not "
                        + value);
            }
            return configuration.withThreshold(name, number);
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationException("threshold " + name + " must be a number, not \"" + value + "\"");
        }
    }

    public static Configuration withSeverity(Configuration configuration, String ruleId, String level,
                                             Set<String> ruleIds) throws ConfigurationException {
        if (!ruleIds.contains(ruleId)) {
            throw new ConfigurationException("unknown rule \"" + ruleId + "\" (planlint rules lists them)");
        }
        if (level.strip().equals("off")) {
            return configuration.withSeverity(ruleId, Optional.empty());
        }
        Severity severity = Severity.parse(level.strip()).orElseThrow(() -> new ConfigurationException(
                "severity of " + ruleId + " must be error, warning, info or off, not \"" + level + "\""));
        return configuration.withSeverity(ruleId, Optional.of(severity));
    }

    private static JsonObject parse(Path file) throws ConfigurationException {
        try {
            JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new ConfigurationException(file + ": a configuration is a JSON object");
            }
            return json.getAsJsonObject();
        } catch (IOException unreadable) {
            throw new ConfigurationException(file + ": cannot be read (" + unreadable.getMessage() + ")");
        } catch (JsonParseException invalid) {
            throw new ConfigurationException(file + ": not valid JSON (" + invalid.getMessage() + ")");
        }
    }

    private static JsonObject object(JsonObject json, String key, Path file) throws ConfigurationException {
        if (!json.has(key)) {
            return new JsonObject();
        }
        if (!json.get(key).isJsonObject()) {
            throw new ConfigurationException(file + ": " + key + " must be an object");
        }
        return json.getAsJsonObject(key);
    }

    private static String string(JsonElement value, String where) throws ConfigurationException {
        if (!(value instanceof JsonPrimitive primitive)) {
            throw new ConfigurationException(where + " must be a string or a number");
        }
        return primitive.getAsString();
    }
}
