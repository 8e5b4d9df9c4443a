package dev.planlint.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a 前期指標：置換 line: one or more, separated by 、, ， or , outside parentheses and brackets, so that a
 * name such as 観光入込客数（日帰り、宿泊） stays whole.
 */
final class NameList {

    private static final String OPENING = "(（「『【[";
    private static final String CLOSING = ")）」』】]";
    private static final String SEPARATORS = "、，,";

    private NameList() {
    }

    /** The names as written, stripped; an empty one (a separator with nothing before or after it) is kept empty. */
    static List<String> split(String written) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                names.add(name.toString().strip());
                name.setLength(0);
                continue;
            }
            name.append(c);
        }
        names.add(name.toString().strip());
        return names;
    }
}
