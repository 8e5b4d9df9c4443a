package dev.planlint.check;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The findings of an earlier JSON report (--baseline): a draft revision fails only on what it newly introduces.
 * Findings are matched by rule, file, subject kind and subject name, not by line, so that edits elsewhere in the
 * file do not make old findings look new.
 */
public final class Baseline {

    private final Set<String> keys;

    private Baseline(Set<String> keys) {
        this.keys = keys;
    }

    public static Baseline read(Path file) throws IOException {
        try {
            JsonObject report = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            Set<String> keys = new HashSet<>();
            for (JsonElement element : report.getAsJsonArray("findings")) {
                JsonObject finding = element.getAsJsonObject();
                JsonObject subject = finding.getAsJsonObject("subject");
                keys.add(finding.get("rule").getAsString() + "\u0000"
                        + finding.getAsJsonObject("location").get("file").getAsString() + "\u0000"
                        + subject.get("kind").getAsString() + "\u0000" + subject.get("name").getAsString());
            }
            return new Baseline(keys);
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException wrong) {
            throw new IOException(file + " is not a planlint JSON report (" + wrong.getMessage() + ")");
        }
    }

    public boolean contains(ReportedFinding finding) {
        return keys.contains(finding.baselineKey());
    }
}
