package dev.planlint.path;

/** Whether a target is reached by what is known of its indicator. */
public enum Outcome {
    REACHED,
    NOT_REACHED,
    NOT_KNOWN;

    static Outcome of(boolean reached) {
        return reached ? REACHED : NOT_REACHED;
    }
}
