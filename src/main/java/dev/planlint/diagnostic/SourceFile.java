package dev.planlint.diagnostic;

import java.util.List;

/** A strategy file's text as read, kept so that messages can quote the line they point at. */
public record SourceFile(String displayName, String text) {

    public List<String> lines() {
        return text.lines().toList();
    }

    public String line(int number) {
        List<String> lines = lines();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
