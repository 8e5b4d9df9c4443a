package dev.planlint.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The one normalisation of names used for matching: NFKC, then no white space. */
public final class Names {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private Names() {
    }

    public static String normalize(String name) {
        return SPACES.matcher(nfkc(name)).replaceAll("");
    }

    public static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
