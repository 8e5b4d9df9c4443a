package dev.planlint.render;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;
import dev.planlint.diagnostic.SourceFile;
import dev.planlint.model.SourcePosition;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints diagnostics as {@code file:line:column: error: message} ({@code file:sheet!cell: …} in a workbook), then the
 * line they point at with a caret under the spot, as compilers do.
 */
public final class DiagnosticPrinter {

    private final Locale locale;
    private final Map<String, SourceFile> sources;

    public DiagnosticPrinter(Locale locale, Map<String, SourceFile> sources) {
        this.locale = locale;
        this.sources = sources;
    }

    public void print(List<Diagnostic> diagnostics, PrintWriter out) {
        diagnostics.forEach(diagnostic -> print(diagnostic, out));
    }

    public void print(Diagnostic diagnostic, PrintWriter out) {
        SourcePosition at = diagnostic.position();
        out.println(Escape.lineStart(at.file()) + ":" + at.place() + ": "
                + Messages.text(locale, "severity." + diagnostic.severity()) + ": "
                + Escape.text(diagnostic.message(locale)));
        SourceFile source = sources.get(diagnostic.position().file());
        if (source == null || at.sheet().isPresent()) {
            return;
        }
        String line = source.line(diagnostic.position().line());
        if (line.isEmpty()) {
            return;
        }
        out.println("  " + printable(line));
        String before = prefix(line, diagnostic.position().column() - 1);
        out.println("  " + " ".repeat(DisplayWidth.of(printable(before))) + "^");
    }

    private static String prefix(String line, int codePoints) {
        int end = line.offsetByCodePoints(0, Math.min(codePoints, line.codePointCount(0, line.length())));
        return line.substring(0, end);
    }

    /**
     * Control characters would move the terminal's cursor and a bidirectional override would reorder the line: show
     * them as spaces, so that the caret still lines up; and a quoted line never holds a workflow command.
     */
    private static String printable(String text) {
        return text.codePoints()
                .map(c -> Escape.isHidden(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replace("##[", "##\\[");
    }
}
