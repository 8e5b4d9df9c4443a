package dev.planlint.model;

import java.text.Normalizer;

/**
 * The one normalisation of names used for matching: NFKC, then no white space. It runs on every name, unit and year
 * a strategy writes, so it avoids the work it can: ASCII is its own NFKC form, and text already in NFKC (most of
 * Japanese) is returned as it is; white space is dropped by a loop, not a regular expression.
 */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        String normalized = nfkc(name);
        int length = normalized.length();
        int first = 0;
        while (first < length && !isSpace(normalized.charAt(first))) {
            first++;
        }
        if (first == length) {
            return normalized;
        }
        StringBuilder result = new StringBuilder(length - 1).append(normalized, 0, first);
        for (int i = first + 1; i < length; i++) {
            char character = normalized.charAt(i);
            if (!isSpace(character)) {
                result.append(character);
            }
        }
        return result.toString();
    }

    public static String nfkc(String text) {
        if (isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** What {@code [\s\u3000]} matched: ASCII white space (\s without the Unicode flag) and the ideographic space. */
    private static boolean isSpace(char character) {
        return character == ' ' || (character >= '\t' && character <= '\r') || character == '\u3000';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
