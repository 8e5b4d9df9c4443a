package dev.planlint.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.Writer;

/** The one Gson configuration for every JSON planlint writes. */
public final class JsonOutput {

    /** The version of planlint's JSON formats; raised when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonOutput() {
    }

    public static String toJson(JsonElement json) {
        return GSON.toJson(json);
    }

    /** A streaming writer that writes exactly as {@link #toJson} does. */
    static JsonWriter writer(Writer out) throws IOException {
        return GSON.newJsonWriter(out);
    }

    static void write(JsonWriter writer, JsonElement json) {
        GSON.toJson(json, writer);
    }
}
