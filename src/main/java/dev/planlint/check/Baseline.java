package dev.planlint.check;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.planlint.config.StrictJson;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.load.InputFile;
import dev.planlint.load.Limits;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The findings of an earlier JSON report (--baseline): a draft revision fails only on what it newly introduces.
 * Findings are matched by rule, file, subject kind and subject name, not by line, so that edits elsewhere in the
 * file do not make old findings look new. The file is read strictly, against {@code docs/baseline.schema.json}:
 * every part it uses must be there with its type, and a problem is said at its line, column and JSON path.
 */
public final class Baseline {

    private final Set<String> keys;

    private Baseline(Set<String> keys) {
        this.keys = keys;
    }

    public static Baseline read(Path file) throws InputError {
        StrictJson.Document document = StrictJson.parse(file.toString(),
                InputFile.readUtf8(file, Limits.MAX_BASELINE_BYTES));
        JsonObject report = object(document, document.root(), "$");
        JsonElement findings = report.get("findings");
        if (findings == null || !findings.isJsonArray()) {
            throw notAReport(document, findings == null ? report : findings, "$.findings", "array");
        }
        Set<String> keys = new HashSet<>();
        int index = 0;
        for (JsonElement element : findings.getAsJsonArray()) {
            String at = "$.findings[" + index++ + "]";
            JsonObject finding = object(document, element, at);
            JsonObject location = object(document, finding.get("location"), at + ".location");
            JsonObject subject = object(document, finding.get("subject"), at + ".subject");
            keys.add(string(document, finding, "rule", at) + "\u0000" + string(document, location, "file", at
                    + ".location") + "\u0000" + string(document, subject, "kind", at + ".subject") + "\u0000"
                    + string(document, subject, "name", at + ".subject"));
        }
        return new Baseline(keys);
    }

    private static JsonObject object(StrictJson.Document document, JsonElement value, String path)
            throws InputError {
        if (value == null || !value.isJsonObject()) {
            throw notAReport(document, value == null || value.isJsonNull() ? document.root() : value, path,
                    "object");
        }
        return value.getAsJsonObject();
    }

    private static String string(StrictJson.Document document, JsonObject parent, String key, String path)
            throws InputError {
        JsonElement value = parent.get(key);
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw notAReport(document, value == null || value.isJsonNull() ? parent : value, path + "." + key,
                    "string");
        }
        return primitive.getAsString();
    }

    /** Where a part is missing, the message points at the object that lacks it. */
    private static InputError notAReport(StrictJson.Document document, JsonElement near, String path, String type) {
        return new InputError(Diagnostic.error(document.positionOf(near), "baseline.notAReport",
                document.positionOf(near).file(), path, type));
    }

    public boolean contains(ReportedFinding finding) {
        return keys.contains(finding.baselineKey());
    }
}
