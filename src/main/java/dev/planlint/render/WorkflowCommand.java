package dev.planlint.render;

/**
 * One GitHub Actions workflow command line, {@code ::error file=F,line=L,col=C,title=T::MESSAGE}, escaped as the
 * runner unescapes it: in the message {@code %}, CR and LF; in property values also {@code :} and {@code ,}. After
 * escaping, a value has no line end, so it cannot start a command of its own, and a property cannot end early; a
 * terminal escape or a bidirectional override in a name is shown, not obeyed.
 */
final class WorkflowCommand {

    private WorkflowCommand() {
    }

    static String annotation(String command, String file, int line, int column, String title, String message) {
        return "::" + command + " file=" + property(file) + ",line=" + line + ",col=" + column + ",title="
                + property(title) + "::" + data(message);
    }

    /** An annotation on a whole file, such as a workbook, whose places are not lines. */
    static String annotation(String command, String file, String title, String message) {
        return "::" + command + " file=" + property(file) + ",title=" + property(title) + "::" + data(message);
    }

    /** An annotation about the whole run rather than a place in a file. */
    static String annotation(String command, String title, String message) {
        return "::" + command + " title=" + property(title) + "::" + data(message);
    }

    /** Controls other than line ends (a terminal escape, BEL, U+202E) are shown as {@code \\u001B}: the log is read. */
    static String data(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c != '\r' && c != '\n' && Escape.isHidden(c)) {
                shown.append(Escape.visible(c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString().replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
