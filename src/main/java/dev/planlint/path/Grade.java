package dev.planlint.path;

/**
 * The grades of the evaluation schemes, each with the scheme that gives it and whether it is on track (false for the
 * grades that call for action). {@link #toString()} is the grade as the scheme names it, as JSON and SARIF show it;
 * reports word it in their language from the message files ({@code figure.Grade.<NAME>}).
 */
public enum Grade {
    ACHIEVED(Scheme.ACHIEVEMENT_RATE, "achieved", true),
    ON_TRACK(Scheme.ACHIEVEMENT_RATE, "on-track", true),
    BEHIND(Scheme.ACHIEVEMENT_RATE, "behind", false),
    ELAPSED_A(Scheme.ELAPSED_TIME, "A", true),
    ELAPSED_B(Scheme.ELAPSED_TIME, "B", false),
    STEADY(Scheme.TAMA_PRO_RATA, "steady", true),
    MOSTLY(Scheme.TAMA_PRO_RATA, "mostly", true),
    NEEDS_IMPROVEMENT(Scheme.TAMA_PRO_RATA, "needs-improvement", false),
    NAGAYO_S(Scheme.NAGAYO_BASELINE, "S", true),
    NAGAYO_A(Scheme.NAGAYO_BASELINE, "A", true),
    NAGAYO_B(Scheme.NAGAYO_BASELINE, "B", true),
    NAGAYO_C(Scheme.NAGAYO_BASELINE, "C", false),
    MET(Scheme.EUROSTAT_GROWTH, "met", true),
    SIGNIFICANT_PROGRESS(Scheme.EUROSTAT_GROWTH, "significant-progress", true),
    MODERATE_PROGRESS(Scheme.EUROSTAT_GROWTH, "moderate-progress", true),
    INSUFFICIENT_PROGRESS(Scheme.EUROSTAT_GROWTH, "insufficient-progress", false),
    MOVING_AWAY(Scheme.EUROSTAT_GROWTH, "moving-away", false);

    private final Scheme scheme;
    private final String id;
    private final boolean onTrack;

    Grade(Scheme scheme, String id, boolean onTrack) {
        this.scheme = scheme;
        this.id = id;
        this.onTrack = onTrack;
    }

    public Scheme scheme() {
        return scheme;
    }

    public boolean isOnTrack() {
        return onTrack;
    }

    @Override
    public String toString() {
        return id;
    }
}
