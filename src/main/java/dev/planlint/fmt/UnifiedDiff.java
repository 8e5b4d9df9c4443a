package dev.planlint.fmt;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.List;

/** What formatting would change, as {@code diff -u} prints it (three lines of context). */
public final class UnifiedDiff {

    private UnifiedDiff() {
    }

    public static String between(String name, String original, String formatted) {
        List<String> before = original.lines().toList();
        List<String> after = formatted.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before,
                DiffUtils.diff(before, after), 3);
        return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
    }
}
