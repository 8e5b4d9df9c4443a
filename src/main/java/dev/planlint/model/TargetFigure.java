package dev.planlint.model;

import java.math.BigDecimal;

/**
 * What a target's figure says, as written after the arrow: a level ({@code 15社}), a change against the baseline
 * ({@code 4.0%減少}, {@code 10%増}, {@code 5ポイント増}, {@code 1.2倍}), the baseline itself ({@code 現状値以上},
 * {@code 現状維持}) or only a direction ({@code 増加}, {@code 減少}). The level a change or the baseline implies is worked
 * out by the KPI's path, never here.
 */
public sealed interface TargetFigure {

    /** The figure as the planner wrote it. */
    String written();

    /** A level to reach: {@code 15社}, {@code 199万人}. */
    record Level(Quantity value) implements TargetFigure {
        @Override
        public String written() {
            return value.written();
        }
    }

    /**
     * A change against the baseline: {@code 4.0%減少} is PERCENT, amount 4.0, sign −1; {@code 1.2倍} is TIMES, amount
     * 1.2, sign +1.
     */
    record Change(ChangeKind kind, BigDecimal amount, int sign, String written) implements TargetFigure {
    }

    /** The baseline as the target: {@code 現状値} (with 以上 / 以下 as the target's bound) or {@code 現状維持}. */
    record AtBaseline(boolean keep, String written) implements TargetFigure {
    }

    /** Only a direction: {@code 増加} (+1) or {@code 減少} (−1) against the baseline, by any amount. */
    record Trend(int sign, String written) implements TargetFigure {
    }

    enum ChangeKind {
        /** A percentage of the baseline: 4.0%減少 is B × (1 − 0.04). */
        PERCENT,
        /** Points added to the baseline, in its own unit: 5ポイント増 is B + 5. */
        POINTS,
        /** A multiple of the baseline: 1.2倍 is B × 1.2. */
        TIMES
    }
}
