package dev.planlint.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;


/** The one Gson configuration for every JSON planlint writes. */
public final class JsonOutput {

    /** The version of planlint's JSON formats; raised when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 3;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonOutput() {
    }

    public static String toJson(JsonElement json) {
        return GSON.toJson(json);
    }
}
