package dev.planlint.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.planlint.catalog.Severity;
import dev.planlint.check.Report;
import dev.planlint.check.ReportSink;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.check.ReportedKpi;
import dev.planlint.check.ReportedStrategy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The JSON report (docs/json-format.md) written from parts of a report as they come ({@link ReportSink}), so that a
 * whole country's plans are never held in memory: each finding and KPI status is rendered on the worker that judged
 * it and kept in a spill file once there are many; {@link #finish} writes the document, sorted as a whole report
 * would be, byte for byte the output of rendering the whole report at once. The summary comes first in the
 * document, so nothing can be written to the report itself before the last part.
 */
public final class JsonReportStream implements ReportSink<JsonReportStream.Part>, Closeable {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
    /** Entries kept in memory before they go to a spill file. */
    private static final int IN_MEMORY = 20_000;

    private final Locale locale;
    private final boolean compact;
    private final Gson gson;
    private final List<Entry> strategies = new ArrayList<>();
    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private final SortedSection findings = new SortedSection();
    private final SortedSection statuses = new SortedSection();
    private final Map<Severity, Long> active = new EnumMap<>(Severity.class);
    private long suppressed;

    /** What of a part the report needs, rendered: the models of the part are not kept. */
    public record Part(List<Entry> strategies, List<Diagnostic> diagnostics, List<Entry> findings,
                       List<Entry> statuses, Map<Severity, Long> active, long suppressed) {
    }

    /** An element of a sorted array: its sort key and its JSON, indented for its place in the document. */
    record Entry(String file, int line, int column, String first, String second, String json) {

        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparingInt(Entry::line)
                .thenComparingInt(Entry::column).thenComparing(Entry::first).thenComparing(Entry::second);
    }

    /** {@code compact}: without indentation and line breaks, the same content (--compact). */
    public JsonReportStream(Locale locale, boolean compact) {
        this.locale = locale;
        this.compact = compact;
        this.gson = compact ? COMPACT : PRETTY;
        for (Severity severity : Severity.values()) {
            active.put(severity, 0L);
        }
    }

    @Override
    public Part prepare(Report part) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        long suppressedHere = 0;
        List<Entry> found = new ArrayList<>(part.findings().size());
        for (ReportedFinding finding : part.findings()) {
            if (finding.isActive()) {
                counts.merge(finding.severity(), 1L, Long::sum);
            }
            if (finding.isSuppressed()) {
                suppressedHere++;
            }
            found.add(new Entry(finding.subject().file(), finding.subject().line(), finding.subject().column(),
                    finding.ruleId(), finding.figures().toString(), element(JsonReportRenderer.finding(finding))));
        }
        // KPI statuses are written strategy by strategy, each in the order of its KPIs: keyed by file and place.
        List<Entry> graded = new ArrayList<>();
        List<Entry> read = new ArrayList<>();
        for (ReportedStrategy strategy : part.strategies()) {
            String file = strategy.strategy().file();
            read.add(new Entry(file, 0, 0, "", "", element(JsonReportRenderer.strategy(strategy))));
            int place = 0;
            for (ReportedKpi kpi : strategy.kpis()) {
                if (kpi.grade().isPresent()) {
                    graded.add(new Entry(file, place++, 0, "", "", element(JsonReportRenderer.status(kpi))));
                }
            }
        }
        return new Part(read, part.diagnostics(), found, graded, counts, suppressedHere);
    }

    @Override
    public void accept(Part part) throws IOException {
        strategies.addAll(part.strategies());
        diagnostics.addAll(part.diagnostics());
        for (Entry entry : part.findings()) {
            findings.add(entry);
        }
        for (Entry entry : part.statuses()) {
            statuses.add(entry);
        }
        part.active().forEach((severity, count) -> active.merge(severity, count, Long::sum));
        suppressed += part.suppressed();
    }

    /** Whether an input problem was found: the run exits with 2. */
    public boolean hasInputErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether a finding that counts is at or above {@code level}. */
    public boolean hasFindingsAtLeast(Severity level) {
        return active.entrySet().stream().anyMatch(count -> count.getKey().atLeast(level) && count.getValue() > 0);
    }

    /** Writes the document of everything accepted to {@code out}, as UTF-8, buffered. */
    public void finish(LocalDate asOf, java.io.OutputStream out) throws IOException {
        Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        finish(asOf, writer);
        writer.flush();
    }

    /** Writes the document of everything accepted. */
    public void finish(LocalDate asOf, Writer out) throws IOException {
        List<Diagnostic> sortedDiagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        JsonObject summary = new JsonObject();
        summary.addProperty("strategies", strategies.size());
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            summary.addProperty(severity.label(), active.get(severity));
        }
        summary.addProperty("suppressed", suppressed);
        summary.addProperty("inputErrors", sortedDiagnostics.stream().filter(Diagnostic::isError).count());

        out.write('{');
        member(out, true, "formatVersion", gson.toJson(new JsonPrimitive(JsonOutput.FORMAT_VERSION)));
        member(out, false, "asOf", gson.toJson(new JsonPrimitive(asOf.toString())));
        member(out, false, "summary", compact ? gson.toJson(summary) : gson.toJson(summary).replace("\n", "\n  "));
        List<Entry> sortedStrategies = strategies.stream().sorted(Comparator.comparing(Entry::file)).toList();
        array(out, "strategies", sortedStrategies.stream().map(Entry::json).iterator());
        array(out, "diagnostics", sortedDiagnostics.stream()
                .map(diagnostic -> element(ModelJson.diagnostic(diagnostic, locale))).iterator());
        array(out, "findings", findings.sorted());
        array(out, "kpiStatuses", statuses.sorted());
        out.write(compact ? "}\n" : "\n}\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        findings.close();
        statuses.close();
    }

    /** An array element, indented to its depth in the document (2) when pretty. */
    private String element(JsonElement json) {
        return compact ? gson.toJson(json) : "    " + gson.toJson(json).replace("\n", "\n    ");
    }

    private void member(Writer out, boolean first, String name, String value) throws IOException {
        out.write(first ? "" : ",");
        out.write(compact ? "\"" + name + "\":" : "\n  \"" + name + "\": ");
        out.write(value);
    }

    private void array(Writer out, String name, Iterator<String> elements) throws IOException {
        member(out, false, name, "[");
        boolean empty = true;
        while (elements.hasNext()) {
            out.write(empty ? (compact ? "" : "\n") : (compact ? "," : ",\n"));
            out.write(elements.next());
            empty = false;
        }
        out.write(empty || compact ? "]" : "\n  ]");
    }

    /**
     * The entries of one array, sorted in the end. Entries that come in order (nearly all, since parts come in the
     * order of the files) are appended to a run, held in memory and spilled to a file when it grows long; the few
     * that come out of order (a finding located in a predecessor checked earlier) are kept aside and merged in.
     */
    static final class SortedSection implements Closeable {

        private final List<Entry> run = new ArrayList<>();
        private final List<Entry> outOfOrder = new ArrayList<>();
        private Entry last;
        private Path spill;
        private DataOutputStream spilled;

        void add(Entry entry) throws IOException {
            if (last != null && Entry.ORDER.compare(entry, last) < 0) {
                outOfOrder.add(entry);
                return;
            }
            last = entry;
            run.add(entry);
            if (run.size() >= IN_MEMORY) {
                spill();
            }
        }

        private void spill() throws IOException {
            if (spilled == null) {
                spill = Files.createTempFile("planlint-report-", ".spill");
                spill.toFile().deleteOnExit();
                spilled = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
            }
            for (Entry entry : run) {
                spilled.writeUTF(entry.file());
                spilled.writeInt(entry.line());
                spilled.writeInt(entry.column());
                spilled.writeUTF(entry.first());
                spilled.writeUTF(entry.second());
                byte[] json = entry.json().getBytes(StandardCharsets.UTF_8);
                spilled.writeInt(json.length);
                spilled.write(json);
            }
            run.clear();
        }

        /** The JSON of every entry, in order: the run (spilled part first) merged with the entries kept aside. */
        Iterator<String> sorted() throws IOException {
            outOfOrder.sort(Entry.ORDER);
            Iterator<Entry> inOrder = inOrder();
            Iterator<Entry> aside = outOfOrder.iterator();
            return new Iterator<>() {
                private Entry nextInOrder = inOrder.hasNext() ? inOrder.next() : null;
                private Entry nextAside = aside.hasNext() ? aside.next() : null;

                @Override
                public boolean hasNext() {
                    return nextInOrder != null || nextAside != null;
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    boolean fromRun = nextAside == null
                            || nextInOrder != null && Entry.ORDER.compare(nextInOrder, nextAside) <= 0;
                    Entry taken = fromRun ? nextInOrder : nextAside;
                    if (fromRun) {
                        nextInOrder = inOrder.hasNext() ? inOrder.next() : null;
                    } else {
                        nextAside = aside.hasNext() ? aside.next() : null;
                    }
                    return taken.json();
                }
            };
        }

        /** The spilled entries, then those still held. */
        private Iterator<Entry> inOrder() throws IOException {
            if (spilled == null) {
                return run.iterator();
            }
            spilled.close();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16));
            Iterator<Entry> held = run.iterator();
            return new Iterator<>() {
                private boolean spillRead;
                private Entry next = advance();

                private Entry advance() {
                    if (!spillRead) {
                        try {
                            String file = in.readUTF();
                            int line = in.readInt();
                            int column = in.readInt();
                            String first = in.readUTF();
                            String second = in.readUTF();
                            byte[] json = in.readNBytes(in.readInt());
                            return new Entry(file, line, column, first, second,
                                    new String(json, StandardCharsets.UTF_8));
                        } catch (EOFException end) {
                            spillRead = true;
                            closeQuietly(in);
                        } catch (IOException failed) {
                            throw new UncheckedIOException(failed);
                        }
                    }
                    return held.hasNext() ? held.next() : null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Entry next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    Entry taken = next;
                    next = advance();
                    return taken;
                }
            };
        }

        private static void closeQuietly(DataInputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // read to its end already
            }
        }

        @Override
        public void close() throws IOException {
            if (spilled != null) {
                spilled.close();
                Files.deleteIfExists(spill);
            }
        }
    }
}
