package dev.planlint.load;

import dev.planlint.diagnostic.SourceFile;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.model.Observation;
import dev.planlint.model.SourcePosition;
import dev.planlint.parser.StrategyParsing;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads actual values from a CSV file ({@code --actuals}) as municipal spreadsheets export them: a header row
 * {@code kpi,date,value,unit} (or 指標,時点,値,単位), then one row per value. Dates and figures are written as in a
 * strategy ({@code R2年度}, {@code 2020年度}, {@code 153万}). UTF-8 by default, or the given encoding (Shift_JIS).
 * An Excel workbook (by its content or a name ending in .xlsx) is read by {@link XlsxActuals}, positioned by cell.
 */
public final class ActualsFile {

    /** The rows that could be read, and every problem with file, line and column. */
    public record Result(List<ActualRow> rows, List<Diagnostic> diagnostics, Optional<SourceFile> source) {
    }

    /** The header of the CSV, in English or Japanese; also the header of a sheet laid out as the CSV. */
    static final List<List<String>> HEADERS = List.of(List.of("kpi", "date", "value", "unit"),
            List.of("指標", "時点", "値", "単位"));

    private ActualsFile() {
    }

    public static Result read(Path file, Optional<Charset> encoding) {
        String name = file.toString();
        SourcePosition start = new SourcePosition(name, 1, 1);
        Charset charset = encoding.orElse(StandardCharsets.UTF_8);
        String text;
        try {
            byte[] bytes = InputFile.read(file, Limits.MAX_ACTUALS_BYTES);
            if (XlsxActuals.looksLikeWorkbook(bytes) || isWorkbookName(name)) {
                return XlsxActuals.read(name, bytes);
            }
            Optional<String> decoded = TextDecoding.decode(bytes, charset);
            if (decoded.isEmpty()) {
                return failed(Diagnostic.error(start, "file.notDecodable", name, charset.name()));
            }
            text = decoded.get().replace("\r\n", "\n").replace('\r', '\n');
        } catch (InputError refused) {
            return failed(refused.diagnostic());
        }
        SourceFile source = new SourceFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        return parse(source);
    }

    /** By name too, so that a file called .xlsx that is no zip is said to be no workbook rather than bad CSV. */
    private static boolean isWorkbookName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }

    private static Result parse(SourceFile source) {
        List<ActualRow> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int nextRecordLine = 1;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get()
                .parse(new StringReader(source.text()))) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                nextRecordLine = line + 1;
                if (header) {
                    header = false;
                    if (!HEADERS.contains(record.toList().stream().map(String::strip).toList())) {
                        diagnostics.add(Diagnostic.error(new SourcePosition(source.displayName(), 1, 1),
                                "actuals.header"));
                        break;
                    }
                    continue;
                }
                row(source, record, line, diagnostics).ifPresent(rows::add);
            }
            if (header) {
                diagnostics.add(Diagnostic.error(new SourcePosition(source.displayName(), 1, 1), "actuals.empty",
                        source.displayName()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // Commons CSV's own words name Java classes; the record where reading stopped is what the user needs.
            diagnostics.add(Diagnostic.error(new SourcePosition(source.displayName(), nextRecordLine, 1),
                    "actuals.csv", source.displayName()));
        }
        return new Result(rows, diagnostics, Optional.of(source));
    }

    private static Optional<ActualRow> row(SourceFile source, CSVRecord record, int line,
                                           List<Diagnostic> diagnostics) {
        if (record.size() != 4) {
            diagnostics.add(Diagnostic.error(new SourcePosition(source.displayName(), line, 1), "actuals.columns",
                    String.valueOf(record.size())));
            return Optional.empty();
        }
        String text = source.line(line);
        String value = record.get(2);
        String unit = record.get(3);
        // The parser reads the fields joined as a strategy writes them, 700人(R2年度); its positions are mapped
        // back to the fields' own columns on the CSV line, which come in another order.
        StrategyParsing.ActualResult parsed = StrategyParsing.parseActual(source.displayName(), line, 1,
                value + unit + "(" + record.get(1) + ")");
        int valueColumn = columnOf(text, value, 1);
        int width = text.codePointCount(0, text.length());
        int valueLength = value.codePointCount(0, value.length());
        int unitLength = unit.codePointCount(0, unit.length());
        parsed.diagnostics().forEach(diagnostic -> {
            int offset = diagnostic.position().column() - 1;
            int column;
            if (offset < valueLength) {
                column = valueColumn + offset;
            } else if (offset < valueLength + unitLength) {
                column = columnOf(text, unit, valueColumn) + offset - valueLength;
            } else {
                column = columnOf(text, record.get(1), 1) + Math.max(0, offset - valueLength - unitLength - 1);
            }
            diagnostics.add(new Diagnostic(diagnostic.severity(), new SourcePosition(source.displayName(), line,
                    Math.max(1, Math.min(column, width + 1))), diagnostic.code(), diagnostic.arguments()));
        });
        return parsed.actual().map(actual -> new ActualRow(record.get(0), new Observation(actual.value(),
                actual.time(), new SourcePosition(source.displayName(), line, valueColumn))));
    }

    /** Where a field starts on its line (searched from a column), so that messages point at it; else that column. */
    private static int columnOf(String line, String field, int fromColumn) {
        int from = line.offsetByCodePoints(0, Math.min(fromColumn - 1, line.codePointCount(0, line.length())));
        int index = field.isEmpty() ? -1 : line.indexOf(field, from);
        return index < 0 ? fromColumn : line.codePointCount(0, index) + 1;
    }

    private static Result failed(Diagnostic diagnostic) {
        return new Result(List.of(), List.of(diagnostic), Optional.empty());
    }
}
