package dev.planlint.render;

import dev.planlint.diagnostic.Messages;
import dev.planlint.model.Aggregate;
import dev.planlint.model.Bound;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import dev.planlint.model.TimeSpec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One KPI as an inline SVG chart: years across, the value up; the baseline as a hollow point, the target as a point
 * (a floor or ceiling as a dashed horizontal line, a cumulative target as its yearly level over its years), the
 * straight path between them, and the actuals as dots in the colour of the KPI's status. It only draws.
 */
final class SvgChart {

    static final String ON_TRACK = "#1a7f37";
    static final String OFF_TRACK = "#cf222e";
    static final String NO_DATA = "#6e7781";
    static final String TARGET = "#0b4f9c";

    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 72;
    private static final int RIGHT = 24;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private final Locale locale;

    SvgChart(Locale locale) {
        this.locale = locale;
    }

    static String colour(KpiLines.Track track) {
        return switch (track) {
            case ON_TRACK -> ON_TRACK;
            case OFF_TRACK -> OFF_TRACK;
            case NO_DATA -> NO_DATA;
        };
    }

    String draw(KpiLines.Line line, String id) {
        Kpi kpi = line.kpi();
        int exponent = Figures.exponent(kpi);
        Optional<TimeSpec> period = line.strategy().strategy().period().map(located -> located.value());
        TimeSpec target = kpi.target().time();
        // Without a baseline (新規) or a target level (増加), that point is not drawn; the axis spans what there is.
        boolean baselineKnown = line.reported().path().isBaselineKnown();
        boolean goalKnown = line.reported().path().isTargetLevelKnown();
        List<Observation> actuals = line.reported().path().getKnown();
        BigDecimal fallback = actuals.isEmpty() ? BigDecimal.ZERO : scaled(actuals.get(0).value(), exponent);
        BigDecimal baseline = baselineKnown
                ? line.reported().path().getBaselineLevel().scaleByPowerOfTen(-exponent) : fallback;
        BigDecimal goal = goalKnown ? line.reported().path().getTargetLevel().scaleByPowerOfTen(-exponent) : baseline;
        baseline = baselineKnown ? baseline : goal;
        int baselineYear = baselineKnown ? line.reported().path().getBaselineYear()
                : period.map(TimeSpec::fromYear).orElse(target.fromYear());
        int minYear = Math.min(baselineYear, period.map(TimeSpec::fromYear).orElse(baselineYear));
        int maxYear = Math.max(target.toYear(), period.map(TimeSpec::toYear).orElse(target.toYear()));
        BigDecimal low = baseline.min(goal);
        BigDecimal high = baseline.max(goal);
        for (Observation actual : actuals) {
            minYear = Math.min(minYear, actual.time().toYear());
            maxYear = Math.max(maxYear, actual.time().toYear());
            BigDecimal value = scaled(actual.value(), exponent);
            low = low.min(value);
            high = high.max(value);
        }
        Axis axis = Axis.of(low, high);
        Plot plot = new Plot(minYear, maxYear, axis);
        String colour = colour(line.track());

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" font-size=\"14\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(Escape.html(kpi.name())).append("</title>\n");
        period.ifPresent(span -> svg.append("<rect x=\"").append(f(plot.x(span.fromYear()) - plot.half()))
                .append("\" y=\"").append(TOP).append("\" width=\"")
                .append(f(plot.x(span.toYear()) - plot.x(span.fromYear()) + 2 * plot.half()))
                .append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
                .append("\" fill=\"#f1f5fb\"><title>").append(Escape.html(text("report.chart.period")))
                .append("</title></rect>\n"));
        for (BigDecimal tick : axis.ticks()) {
            double y = plot.y(tick);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#d0d7de\" stroke-width=\"1\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#444\">").append(Figures.grouped(tick, axis.decimals()))
                    .append("</text>\n");
        }
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP - 12)
                .append("\" text-anchor=\"end\" fill=\"#444\">(")
                .append(Escape.html(Figures.unitAsWritten(kpi))).append(")</text>\n");
        int step = (maxYear - minYear) > 12 ? 2 : 1;
        for (int year = minYear; year <= maxYear; year += step) {
            svg.append("<text x=\"").append(f(plot.x(year))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#444\">").append(year).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM)
                .append("\" stroke=\"#57606a\" stroke-width=\"1\"/>\n");

        double bx = plot.x(baselineYear);
        double by = plot.y(baseline);
        double ty = plot.y(goal);
        boolean cumulative = target.aggregate() != Aggregate.POINT;
        double tx = plot.x(target.toYear());
        // the straight path from the baseline to the target
        if (baselineKnown && goalKnown) {
            svg.append("<line class=\"path\" x1=\"").append(f(bx)).append("\" y1=\"").append(f(by)).append("\" x2=\"")
                    .append(f(cumulative ? plot.x(target.fromYear()) : tx)).append("\" y2=\"").append(f(ty))
                    .append("\" stroke=\"").append(TARGET).append("\" stroke-width=\"1.5\" stroke-dasharray=\"1 4\""
                            + " stroke-linecap=\"round\"/>\n");
        }
        String targetLabel = Figures.target(kpi.target());
        if (cumulative) {
            svg.append("<line class=\"target-level\" x1=\"").append(f(plot.x(target.fromYear()) - plot.half() / 2))
                    .append("\" x2=\"").append(f(tx + plot.half() / 2)).append("\" y1=\"").append(f(ty))
                    .append("\" y2=\"").append(f(ty)).append("\" stroke=\"").append(TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
            targetLabel = Messages.format(locale, "report.chart.yearly",
                    Figures.grouped(goal, 2) + Figures.unitAsWritten(kpi), targetLabel);
        } else if (kpi.target().bound() != Bound.POINT) {
            svg.append("<line class=\"target-bound\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(f(ty)).append("\" y2=\"").append(f(ty)).append("\" stroke=\"")
                    .append(TARGET).append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
        }
        if (!cumulative && goalKnown) {
            svg.append("<rect class=\"target\" x=\"").append(f(tx - 5)).append("\" y=\"").append(f(ty - 5))
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(TARGET).append("\" transform=\"rotate(45 ")
                    .append(f(tx)).append(' ').append(f(ty)).append(")\"/>\n");
        }
        boolean above = ty <= by;
        String targetText = text("report.chart.target") + " " + targetLabel;
        String baselineText = text("report.chart.baseline") + " " + Figures.baseline(kpi);
        double targetX = cumulative ? tx + plot.half() / 2 : tx;
        double targetY = Labels.inside(ty + (above ? -10 : 18));
        double baselineY = Labels.apart(Labels.inside(by + (above ? 18 : -10)), bx + 8, baselineText,
                targetY, targetX - Labels.width(targetText), targetX);
        svg.append(label(targetX, targetY, "end", targetText, TARGET));
        if (baselineKnown) {
            svg.append("<circle class=\"baseline\" cx=\"").append(f(bx)).append("\" cy=\"").append(f(by))
                    .append("\" r=\"5\" fill=\"#fff\" stroke=\"#24292f\" stroke-width=\"2\"/>\n");
        }
        svg.append(label(bx + 8, baselineY, "start", baselineText, "#24292f"));
        if (!actuals.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (Observation actual : actuals) {
                points.append(points.length() == 0 ? "" : " ").append(f(plot.x(actual.time().toYear()))).append(',')
                        .append(f(plot.y(scaled(actual.value(), exponent))));
            }
            svg.append("<polyline class=\"actuals\" points=\"").append(points).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"/>\n");
            for (Observation actual : actuals) {
                svg.append("<circle class=\"actual\" cx=\"").append(f(plot.x(actual.time().toYear())))
                        .append("\" cy=\"").append(f(plot.y(scaled(actual.value(), exponent))))
                        .append("\" r=\"4.5\" fill=\"").append(colour).append("\"><title>")
                        .append(Escape.html(text("report.chart.actual") + " " + Figures.observation(actual)))
                        .append("</title></circle>\n");
            }
        } else {
            double middle = period.map(span -> (plot.x(span.fromYear()) + plot.x(span.toYear())) / 2)
                    .orElse((LEFT + WIDTH - RIGHT) / 2.0);
            svg.append("<text class=\"no-actuals\" x=\"").append(f(middle)).append("\" y=\"")
                    .append(goal.compareTo(baseline) < 0 ? TOP + 16 : HEIGHT - BOTTOM - 8).append("\" text-anchor=\"middle\" fill=\"")
                    .append(NO_DATA).append("\" font-style=\"italic\">").append(Escape.html(text("report.chart.noActuals")))
                    .append("</text>\n");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String label(double x, double y, String anchor, String text, String colour) {
        return "<text class=\"label\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour
                + "\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">" + Escape.html(text) + "</text>\n";
    }

    private static BigDecimal scaled(Quantity value, int exponent) {
        return value.baseValue().scaleByPowerOfTen(-exponent);
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    static String f(double value) {
        return Figures.number(BigDecimal.valueOf(value), 1);
    }

    /**
     * Where the two labels go: inside the plot's height, and never on one another. A label is 14 px high; its width
     * is estimated from its display width (a full-width character is about 14 px at this size, a half-width one 8).
     */
    static final class Labels {
        static final double HEIGHT_PX = 16;

        private Labels() {
        }

        static double width(String text) {
            return DisplayWidth.of(text) * 7.5;
        }

        /** A baseline y within the chart, below the unit's label and above the year labels. */
        static double inside(double y) {
            return Math.max(TOP + 4, Math.min(HEIGHT - BOTTOM - 4, y));
        }

        /** The baseline label's y, moved a line away from the target label's where both would share a place. */
        static double apart(double y, double x, String text, double otherY, double otherLeft, double otherRight) {
            boolean sideBySide = x + width(text) < otherLeft || otherRight < x;
            if (sideBySide || Math.abs(y - otherY) >= HEIGHT_PX) {
                return y;
            }
            double below = otherY + HEIGHT_PX;
            return below <= HEIGHT - BOTTOM - 4 ? below : otherY - HEIGHT_PX;
        }
    }

    /**
     * The value axis: a "nice" range and its ticks. It starts at zero for values that are not negative (and ends at
     * zero for values that are not positive), so that a point's height shows its value: an axis from 128,000 to 131,000
     * would draw a 1% fall from 130,000 as a collapse.
     */
    record Axis(BigDecimal low, BigDecimal high, BigDecimal step, int decimals) {

        static Axis of(BigDecimal min, BigDecimal max) {
            if (min.signum() > 0) {
                min = BigDecimal.ZERO;
            }
            if (max.signum() < 0) {
                max = BigDecimal.ZERO;
            }
            BigDecimal span = max.subtract(min);
            if (span.signum() == 0) {
                BigDecimal pad = min.signum() == 0 ? BigDecimal.ONE : min.abs().multiply(new BigDecimal("0.1"));
                min = min.subtract(pad);
                max = max.add(pad);
                span = max.subtract(min);
            }
            BigDecimal step = nice(span.divide(BigDecimal.valueOf(4), MathContext.DECIMAL64));
            BigDecimal low = floor(min.subtract(span.multiply(new BigDecimal("0.08"))), step);
            BigDecimal high = ceil(max.add(span.multiply(new BigDecimal("0.12"))), step);
            if (min.signum() >= 0 && low.signum() < 0) {
                low = BigDecimal.ZERO;
            }
            if (max.signum() <= 0 && high.signum() > 0) {
                high = BigDecimal.ZERO;
            }
            int decimals = Math.max(0, step.stripTrailingZeros().scale());
            return new Axis(low, high, step, decimals);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
                ticks.add(tick);
            }
            return ticks;
        }

        private static BigDecimal nice(BigDecimal rough) {
            int exponent = rough.precision() - rough.scale() - 1;
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            double fraction = rough.divide(power, MathContext.DECIMAL64).doubleValue();
            String nice = fraction <= 1 ? "1" : fraction <= 2 ? "2" : fraction <= 2.5 ? "2.5" : fraction <= 5 ? "5"
                    : "10";
            return new BigDecimal(nice).multiply(power).stripTrailingZeros();
        }

        private static BigDecimal floor(BigDecimal value, BigDecimal step) {
            return value.divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
        }

        private static BigDecimal ceil(BigDecimal value, BigDecimal step) {
            return value.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
        }
    }

    /** Years and values to coordinates. */
    private record Plot(int minYear, int maxYear, Axis axis) {

        double slot() {
            return (WIDTH - LEFT - RIGHT) / (double) (maxYear - minYear + 1);
        }

        double half() {
            return slot() / 2;
        }

        double x(int year) {
            return LEFT + (year - minYear) * slot() + half();
        }

        double y(BigDecimal value) {
            double range = axis.high().subtract(axis.low()).doubleValue();
            double share = value.subtract(axis.low()).doubleValue() / range;
            return HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM);
        }
    }
}
