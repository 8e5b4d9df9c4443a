package dev.planlint.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed JSON report's arrays come out sorted whatever the order of the parts, spilled to disk or not. */
class JsonReportStreamSortTest {

    @Test
    void entriesComeOutSortedAcrossTheSpillAndTheOnesKeptAside() throws IOException {
        List<JsonReportStream.Entry> entries = new ArrayList<>();
        for (int file = 0; file < 500; file++) {
            for (int line = 1; line <= 100; line++) {
                entries.add(new JsonReportStream.Entry(String.format("f%04d", file), line, 1, "rule", "{}",
                        "json " + file + ":" + line));
            }
        }
        List<String> expected = entries.stream().map(JsonReportStream.Entry::json).toList();
        // Mostly in order, as parts come in file order; one in fifty moved later, as a predecessor's finding is.
        List<JsonReportStream.Entry> arriving = new ArrayList<>(entries);
        Random random = new Random(7);
        for (int i = 0; i < arriving.size() / 50; i++) {
            int from = random.nextInt(arriving.size() - 1000);
            arriving.add(from + random.nextInt(1000), arriving.remove(from));
        }
        assertThat(arriving).isNotEqualTo(entries);
        try (JsonReportStream.SortedSection section = new JsonReportStream.SortedSection()) {
            for (JsonReportStream.Entry entry : arriving) {
                section.add(entry);
            }
            List<String> written = new ArrayList<>();
            for (Iterator<String> sorted = section.sorted(); sorted.hasNext(); ) {
                written.add(sorted.next());
            }
            assertThat(written).isEqualTo(expected);
        }
    }

    @Test
    void aFewEntriesStayInMemoryAndComeOutSorted() throws IOException {
        List<JsonReportStream.Entry> entries = new ArrayList<>();
        for (int line = 1; line <= 10; line++) {
            entries.add(new JsonReportStream.Entry("a", line, 0, "", "", "e" + line));
        }
        List<JsonReportStream.Entry> arriving = new ArrayList<>(entries);
        Collections.reverse(arriving);
        try (JsonReportStream.SortedSection section = new JsonReportStream.SortedSection()) {
            for (JsonReportStream.Entry entry : arriving) {
                section.add(entry);
            }
            List<String> written = new ArrayList<>();
            section.sorted().forEachRemaining(written::add);
            assertThat(written).containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10");
        }
    }
}
