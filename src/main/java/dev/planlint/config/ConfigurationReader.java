package dev.planlint.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.planlint.catalog.Severity;
import dev.planlint.path.Scheme;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.load.InputFile;
import dev.planlint.load.Limits;

import java.math.BigDecimal;
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
    /** Thresholds are shares, rates and years: none is negative, none needs more than this. */
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000");
    private static final BigDecimal MAX_YEARS = new BigDecimal("100");
    private static final int MAX_SCALE = 10;

    private ConfigurationReader() {
    }

    public static Configuration read(Path file, Set<String> ruleIds) throws ConfigurationException {
        StrictJson.Document document = parse(file);
        if (!document.root().isJsonObject()) {
            throw wrong(document, document.root(), "a configuration is a JSON object");
        }
        JsonObject json = document.root().getAsJsonObject();
        Configuration configuration = Configuration.defaults();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (!KEYS.contains(entry.getKey())) {
                throw wrong(document, entry.getValue(), "unknown key \"" + entry.getKey() + "\"; known: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        if (json.has("scheme")) {
            Configuration before = configuration;
            configuration = at(document, json.get("scheme"),
                    () -> before.withScheme(scheme(string(document, json.get("scheme")))));
        }
        for (Map.Entry<String, JsonElement> threshold : object(document, json, "thresholds").entrySet()) {
            Configuration before = configuration;
            configuration = at(document, threshold.getValue(), () -> withThreshold(before, threshold.getKey(),
                    string(document, threshold.getValue())));
        }
        for (Map.Entry<String, JsonElement> severity : object(document, json, "severities").entrySet()) {
            Configuration before = configuration;
            configuration = at(document, severity.getValue(), () -> withSeverity(before, severity.getKey(),
                    string(document, severity.getValue()), ruleIds));
        }
        return configuration;
    }

    private interface Step {
        Configuration apply() throws ConfigurationException;
    }

    /** A value's problem, said at the value: file:line:column and its JSON path. */
    private static Configuration at(StrictJson.Document document, JsonElement value, Step step)
            throws ConfigurationException {
        try {
            return step.apply();
        } catch (ConfigurationException unplaced) {
            if (unplaced.diagnostic().isPresent()) {
                throw unplaced;
            }
            throw wrong(document, value, unplaced.getMessage());
        }
    }

    private static ConfigurationException wrong(StrictJson.Document document, JsonElement value, String why) {
        return new ConfigurationException(Diagnostic.error(document.positionOf(value), "config.value",
                document.pathOf(value), why));
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
            // Compared before anything else is done with it: 1e99999999 is a valid BigDecimal that would take
            // hours to print or strip.
            if (number.signum() < 0 || number.compareTo(MAX_THRESHOLD) > 0 || number.scale() > MAX_SCALE) {
                throw new ConfigurationException("threshold " + name + " must be between 0 and " + MAX_THRESHOLD
                        + " with at most " + MAX_SCALE + " decimals, not " + value.strip());
            }
            if (Configuration.YEAR_THRESHOLDS.contains(name) && (number.stripTrailingZeros().scale() > 0
                    || number.compareTo(MAX_YEARS) > 0)) {
                throw new ConfigurationException("threshold " + name + " is a whole number of years up to "
                        + MAX_YEARS + ", not " + value.strip());
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

    private static StrictJson.Document parse(Path file) throws ConfigurationException {
        try {
            return StrictJson.parse(file.toString(), InputFile.readUtf8(file, Limits.MAX_CONFIG_BYTES));
        } catch (InputError unusable) {
            throw new ConfigurationException(unusable.diagnostic());
        }
    }

    private static JsonObject object(StrictJson.Document document, JsonObject json, String key)
            throws ConfigurationException {
        if (!json.has(key)) {
            return new JsonObject();
        }
        if (!json.get(key).isJsonObject()) {
            throw wrong(document, json.get(key), key + " must be an object");
        }
        return json.getAsJsonObject(key);
    }

    private static String string(StrictJson.Document document, JsonElement value) throws ConfigurationException {
        if (!(value instanceof JsonPrimitive primitive) || primitive.isBoolean()) {
            throw wrong(document, value, "must be a string or a number");
        }
        return primitive.getAsString();
    }
}
