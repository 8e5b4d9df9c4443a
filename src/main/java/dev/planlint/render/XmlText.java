package dev.planlint.render;

/**
 * Text made safe for XML 1.0 before the stream writer escapes it: characters XML cannot carry at all (control
 * characters other than tab and line ends, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, and line ends become
 * LF so that the output does not depend on how the input ended its lines.
 */
final class XmlText {

    private XmlText() {
    }

    static String of(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder safe = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < unified.length()
                    && Character.isLowSurrogate(unified.charAt(i + 1))) {
                safe.append(c).append(unified.charAt(++i));
            } else {
                safe.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return safe.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
