package dev.planlint.render;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A file as reported (relative to where planlint ran, as the user gave it) turned into a URI reference for SARIF:
 * forward slashes, every byte outside the unreserved characters percent-encoded (UTF-8), so that Japanese names,
 * spaces and {@code #} survive. An absolute path becomes a {@code file:} URI.
 */
final class ArtifactUri {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:/.*");

    private ArtifactUri() {
    }

    static String of(String file) {
        String path = file.replace('\\', '/');
        if (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (WINDOWS_DRIVE.matcher(path).matches()) {
            return "file:///" + path.substring(0, 2) + encode(path.substring(2));
        }
        return path.startsWith("/") ? "file://" + encode(path) : encode(path);
    }

    static boolean isAbsolute(String uri) {
        return uri.startsWith("file:");
    }

    private static String encode(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return uri.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}
