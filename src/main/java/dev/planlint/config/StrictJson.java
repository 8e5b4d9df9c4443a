package dev.planlint.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.model.SourcePosition;

import java.io.IOException;
import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON read as RFC 8259 says, for the files a user writes by hand (configuration) or keeps (baseline): no comments,
 * no single quotes, no trailing content, and a key given twice is an error, where Gson's own tree reader would keep
 * the last one silently. Every value keeps where it was written, so that later messages can point at it.
 */
public final class StrictJson {

    private static final Pattern WHERE = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S+)");

    /** The tree, and the position and JSON path of each of its values. */
    public record Document(JsonElement root, Map<JsonElement, SourcePosition> positions,
                           Map<JsonElement, String> paths) {

        public SourcePosition positionOf(JsonElement value) {
            return positions.getOrDefault(value, positions.get(root));
        }

        public String pathOf(JsonElement value) {
            return paths.getOrDefault(value, "$");
        }
    }

    private final String file;
    private final JsonReader reader;
    private final Map<JsonElement, SourcePosition> positions = new IdentityHashMap<>();
    private final Map<JsonElement, String> paths = new IdentityHashMap<>();

    private StrictJson(String file, String text) {
        this.file = file;
        // Gson counts lines at LF only; a CR LF or a lone CR (as an old editor writes) is one line end, as in the
        // strategy files, so that every position names the line a user sees. Outside strings CR is only a blank.
        this.reader = new JsonReader(new StringReader(text.replace("\r\n", "\n").replace('\r', '\n')));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(64);
    }

    public static Document parse(String file, String text) throws InputError {
        StrictJson json = new StrictJson(file, text);
        try {
            JsonElement root = json.value();
            json.end();
            return new Document(root, json.positions, json.paths);
        } catch (IOException | IllegalStateException | NumberFormatException malformed) {
            throw json.invalid("json.syntax", String.valueOf(malformed.getMessage()));
        }
    }

    /** In strict mode Gson throws at content after the value; that is said as what it is. */
    private void end() throws InputError {
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return;
            }
        } catch (IOException moreContent) {
            // Falls through: anything but the end is content after the value.
        }
        throw invalid("json.trailing", reader.toString());
    }

    private JsonElement value() throws IOException, InputError {
        JsonToken token = reader.peek();
        SourcePosition after = position(reader.toString());
        // Gson has consumed the opening bracket or quote when it peeks: the value starts one column before.
        boolean opened = token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY
                || token == JsonToken.STRING;
        SourcePosition position = opened && after.column() > 1
                ? new SourcePosition(after.file(), after.line(), after.column() - 1) : after;
        String path = reader.getPath();
        JsonElement value = switch (token) {
            case BEGIN_OBJECT -> object();
            case BEGIN_ARRAY -> array();
            case STRING -> new JsonPrimitive(reader.nextString());
            case NUMBER -> new JsonPrimitive(new java.math.BigDecimal(reader.nextString()));
            case BOOLEAN -> new JsonPrimitive(reader.nextBoolean());
            case NULL -> {
                reader.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw invalid("json.syntax", reader.toString());
        };
        if (!value.isJsonNull()) {
            positions.put(value, position);
            paths.put(value, path);
        }
        return value;
    }

    private JsonObject object() throws IOException, InputError {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (object.has(name)) {
                throw invalid("json.duplicateKey", reader.toString(), name);
            }
            object.add(name, value());
        }
        reader.endObject();
        return object;
    }

    private JsonArray array() throws IOException, InputError {
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
            array.add(value());
        }
        reader.endArray();
        return array;
    }

    /** Gson's messages end in the position and name its own classes; the position is kept, the names are not. */
    private InputError invalid(String code, String readerText, Object... more) {
        Matcher where = WHERE.matcher(readerText);
        SourcePosition position = where.find()
                ? new SourcePosition(file, Integer.parseInt(where.group(1)), Integer.parseInt(where.group(2)))
                : new SourcePosition(file, 1, 1);
        String path = where.find(0) ? where.group(3) : "$";
        if (code.equals("json.syntax")) {
            return new InputError(Diagnostic.error(position, code, file, path));
        }
        Object[] arguments = new Object[more.length + 2];
        arguments[0] = file;
        arguments[1] = path;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return new InputError(Diagnostic.error(position, code, arguments));
    }

    private SourcePosition position(String readerText) {
        Matcher where = WHERE.matcher(readerText);
        return where.find()
                ? new SourcePosition(file, Integer.parseInt(where.group(1)), Integer.parseInt(where.group(2)))
                : new SourcePosition(file, 1, 1);
    }
}
