package dev.planlint.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A report longer than the room GitHub leaves in the job summary is cut at a line and says so. */
class StepSummaryTest {

    private static final byte[] REPORT = "# 報告\n\n| a | b |\n| 1 | 2 |\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aReportThatFitsIsWrittenWhole() {
        assertThat(StepSummary.fit(REPORT, REPORT.length, Locale.ENGLISH)).isEqualTo(REPORT);
    }

    @Test
    void aLongerReportIsCutAtALineWithANote() {
        int room = 400;
        byte[] report = ("# 報告\n" + "| 行 | とても長い表の一行 |\n".repeat(100)).getBytes(StandardCharsets.UTF_8);

        byte[] fitted = StepSummary.fit(report, room, Locale.ENGLISH);
        String text = new String(fitted, StandardCharsets.UTF_8);

        assertThat(fitted.length).isLessThanOrEqualTo(room).isGreaterThan(room / 2);
        assertThat(text).startsWith("# 報告\n| 行 |").endsWith("--format markdown --output FILE.\n")
                .contains("1 MiB");
        String kept = text.substring(0, text.indexOf("\n> "));
        assertThat(kept).as("only whole lines are kept")
                .matches("(?s)# 報告\n(\\| 行 \\| とても長い表の一行 \\|\n)+");
    }

    @Test
    void noRoomAtAllWritesNothing() {
        assertThat(StepSummary.fit(REPORT, 10, Locale.ENGLISH)).isEmpty();
        assertThat(StepSummary.fit(REPORT, -5, Locale.ENGLISH)).isEmpty();
    }
}
