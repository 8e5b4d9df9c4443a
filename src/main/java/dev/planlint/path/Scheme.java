package dev.planlint.path;

import java.util.Arrays;
import java.util.Optional;

/** The evaluation schemes that grade progress; each has a DRL file rules/scheme-&lt;id&gt;.drl; its progress figure is computed by the class of the same name in this package. */
public enum Scheme {
    ACHIEVEMENT_RATE("achievement-rate", "達成率"),
    ELAPSED_TIME("elapsed-time", "経過期間"),
    TAMA_PRO_RATA("tama-pro-rata", "多摩市方式"),
    NAGAYO_BASELINE("nagayo-baseline", "長与町方式"),
    EUROSTAT_GROWTH("eurostat-growth", "成長率比");

    private final String id;
    private final String japaneseName;

    Scheme(String id, String japaneseName) {
        this.id = id;
        this.japaneseName = japaneseName;
    }

    public String id() {
        return id;
    }

    public String japaneseName() {
        return japaneseName;
    }

    /** The id, as JSON and SARIF name the scheme; reports word it in their language ({@code figure.Scheme.<NAME>}). */
    @Override
    public String toString() {
        return id;
    }

    /** By id (achievement-rate) or Japanese name (達成率). */
    public static Optional<Scheme> parse(String name) {
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(scheme -> scheme.id.equals(wanted) || scheme.japaneseName.equals(wanted))
                .findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.id + " (" + s.japaneseName + ")").toList());
    }
}
