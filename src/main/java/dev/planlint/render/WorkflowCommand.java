package dev.planlint.render;

/**
 * One GitHub Actions workflow command line, {@code ::error file=F,line=L,col=C,title=T::MESSAGE}, escaped as the
 * runner unescapes it: in the message {@code %}, CR and LF; in property values also {@code :} and {@code ,}. After
 * escaping, a value has no line end, so it cannot start a command of its own, and a property cannot end early.
 */
final class WorkflowCommand {

    private WorkflowCommand() {
    }

    static String annotation(String command, String file, int line, int column, String title, String message) {
        return "::" + command + " file=" + property(file) + ",line=" + line + ",col=" + column + ",title="
                + property(title) + "::" + data(message);
    }

    /** An annotation about the whole run rather than a place in a file. */
    static String annotation(String command, String title, String message) {
        return "::" + command + " title=" + property(title) + "::" + data(message);
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
