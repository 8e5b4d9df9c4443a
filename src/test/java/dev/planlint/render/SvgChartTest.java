package dev.planlint.render;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report's charts of KPIs whose figures lie close together (a 1% fall of a population, 100 to 101 users):
 * the value axis starts at zero, so a small change looks small, and the baseline and target labels never overlap.
 */
class SvgChartTest {

    private static final Pattern CHART = Pattern.compile("<svg [^>]*class=\"chart\".*?</svg>", Pattern.DOTALL);
    private static final Pattern TICK = Pattern.compile("<text class=\"tick\"[^>]*>([^<]*)</text>");
    private static final Pattern LABEL = Pattern.compile(
            "<text class=\"label\" x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" text-anchor=\"(start|end)\"[^>]*>([^<]*)</text>");

    private static List<String> charts() {
        String html = CliRun.run("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format", "html",
                "--lang", "ja", "src/test/resources/dev/planlint/render/close-values.strategy").expectExit(0).out();
        List<String> charts = new ArrayList<>();
        Matcher chart = CHART.matcher(html);
        while (chart.find()) {
            charts.add(chart.group());
        }
        assertThat(charts).hasSize(3);
        return charts;
    }

    @Test
    void theValueAxisOfPositiveFiguresStartsAtZero() {
        for (String chart : charts()) {
            List<String> ticks = new ArrayList<>();
            Matcher tick = TICK.matcher(chart);
            while (tick.find()) {
                ticks.add(tick.group(1));
            }
            assertThat(ticks).as(chart).first().isEqualTo("0");
            assertThat(ticks.size()).isBetween(3, 8);
        }
    }

    @Test
    void theBaselineAndTargetLabelsDoNotOverlapAndStayInTheChart() {
        for (String chart : charts()) {
            List<double[]> boxes = new ArrayList<>();
            Matcher label = LABEL.matcher(chart);
            while (label.find()) {
                double x = Double.parseDouble(label.group(1));
                double y = Double.parseDouble(label.group(2));
                double width = SvgChart.Labels.width(label.group(4));
                double left = label.group(3).equals("end") ? x - width : x;
                boxes.add(new double[] {left, y - 14, left + width, y});
                assertThat(y - 14).as(label.group(4)).isGreaterThanOrEqualTo(0);
                assertThat(y).as(label.group(4)).isLessThanOrEqualTo(240 - 40);
            }
            assertThat(boxes).hasSize(2);
            double[] a = boxes.get(0);
            double[] b = boxes.get(1);
            boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
            assertThat(apart).as(chart).isTrue();
        }
    }

    @Test
    void labelsSharingAPlaceAreMovedALineApart() {
        double target = 100;
        double moved = SvgChart.Labels.apart(104, 80, "現状値 100人(R6年度)", target, 60, 300);
        assertThat(Math.abs(moved - target)).isGreaterThanOrEqualTo(SvgChart.Labels.HEIGHT_PX);
        assertThat(SvgChart.Labels.apart(104, 80, "現状値", target, 400, 500)).isEqualTo(104);
    }
}
