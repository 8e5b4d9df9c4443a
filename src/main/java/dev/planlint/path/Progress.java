package dev.planlint.path;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a KPI stands under one evaluation scheme: its target reached, a figure to grade against the scheme's
 * thresholds, a bound it had kept and has now broken, or the reason why the scheme cannot judge it. The figure is
 * the scheme's own (achievement rate, pro-rata ratio, growth ratio, …); {@code expected} is what the figure is
 * compared with where the scheme compares with a moving mark (the elapsed share of the elapsed-time scheme).
 */
public final class Progress {

    public enum Standing {
        REACHED,
        MEASURED,
        BOUND_BROKEN,
        NOT_JUDGEABLE
    }

    /** Why a scheme cannot grade a KPI. Only {@link #NO_ACTUAL} is left to the actual-missing rule to report. */
    public enum CannotJudge {
        NO_ACTUAL,
        UNITS_DIFFER,
        NO_CHANGE_REQUIRED,
        NO_YEAR_ELAPSED,
        TOO_FEW_POINTS,
        ZERO_BASELINE,
        NO_BASELINE,
        NO_TARGET_LEVEL,
        MIXED_SIGNS,
        DIRECTION_UNDECLARED,
        CUMULATIVE_TARGET;

        /** The reason as the rule catalog and JSON name it: {@code no-change-required}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String toString() {
            return id();
        }
    }

    private final Scheme scheme;
    private final Standing standing;
    private final BigDecimal figure;
    private final BigDecimal expected;
    private final CannotJudge cannotJudge;

    private Progress(Scheme scheme, Standing standing, BigDecimal figure, BigDecimal expected,
                     CannotJudge cannotJudge) {
        this.scheme = Objects.requireNonNull(scheme);
        this.standing = Objects.requireNonNull(standing);
        this.figure = figure;
        this.expected = expected;
        this.cannotJudge = cannotJudge;
    }

    static Progress reached(Scheme scheme, BigDecimal figure) {
        return new Progress(scheme, Standing.REACHED, figure, null, null);
    }

    static Progress measured(Scheme scheme, BigDecimal figure) {
        return new Progress(scheme, Standing.MEASURED, Objects.requireNonNull(figure), null, null);
    }

    static Progress measured(Scheme scheme, BigDecimal figure, BigDecimal expected) {
        return new Progress(scheme, Standing.MEASURED, Objects.requireNonNull(figure), Objects.requireNonNull(expected),
                null);
    }

    static Progress boundBroken(Scheme scheme, BigDecimal figure) {
        return new Progress(scheme, Standing.BOUND_BROKEN, figure, null, null);
    }

    static Progress cannotJudge(Scheme scheme, CannotJudge reason) {
        return new Progress(scheme, Standing.NOT_JUDGEABLE, null, null, Objects.requireNonNull(reason));
    }

    public Scheme getScheme() {
        return scheme;
    }

    public Standing getStanding() {
        return standing;
    }

    /** The scheme's figure; always there when measured, there when reached or broken where the scheme has one. */
    public BigDecimal getFigure() {
        return figure;
    }

    /** The mark the figure is compared with, for schemes whose mark moves with time; else null. */
    public BigDecimal getExpected() {
        return expected;
    }

    /** Why the scheme cannot judge: there exactly when the standing is {@link Standing#NOT_JUDGEABLE}. */
    public CannotJudge getCannotJudge() {
        return cannotJudge;
    }

    @Override
    public String toString() {
        return scheme.id() + " " + standing + (figure == null ? "" : " " + figure.toPlainString())
                + (cannotJudge == null ? "" : " " + cannotJudge.id());
    }
}
