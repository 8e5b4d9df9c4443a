package dev.planlint.load;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Observation;
import dev.planlint.model.SourcePosition;
import dev.planlint.parser.StrategyParsing;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actual values from an Excel workbook ({@code --actuals FILE.xlsx}), positioned by sheet and cell. Two kinds
 * of sheet hold actuals: the 効果検証シート that {@code --format xlsx} writes (a header row with 数値目標 or Numeric
 * target and one column per fiscal year, R7年度 or FY R7; a number in a year column is in the unit of the row's
 * 目標値, as the sheet shows it), and a sheet laid out as the CSV ({@code kpi,date,value,unit} or 指標,時点,値,単位).
 * The 人口ビジョン sheet is read the same way, its rows named 人口の将来目標 (actual population). Other sheets
 * (総括, 前期の検証) are passed over. Only values are read: a formula, a date or an error cell where a
 * value belongs is an error at that cell, never a guess. The only class of planlint that reads with POI.
 */
final class XlsxActuals {

    /** How far down a sheet its header row is looked for: the report's is row 6, below its title rows. */
    private static final int HEADER_SEARCH_ROWS = 30;
    /** Rows past this are not read: a plan's sheet has dozens, and a workbook within the size limit fits. */
    private static final int MAX_ROWS = 100_000;
    private static final List<String> KPI_HEADERS = List.of("数値目標", "Numeric target");
    private static final List<String> TARGET_HEADERS = List.of("目標値", "Target");
    private static final List<String> BASELINE_HEADERS = List.of("現状値", "Baseline");
    /**
     * A calendar year as a time ends: R11年, 2029年, 令和22(2040)年 (a population-vision year), not 年度, nor the 年間
     * of 5年間累計.
     */
    private static final Pattern CALENDAR_YEAR = Pattern.compile("[0-9０-９][)）]?\\s*年(?![度間])");
    private static final Pattern YEAR_HEADER = Pattern.compile("(?:FY\\s*)?([RH]\\d{1,2}|\\d{4})(?:年度)?");
    /** The unit a cell's number format shows after the number, {@code #,##0.###"万人"}. */
    private static final Pattern FORMAT_UNIT = Pattern.compile("\"([^\"]*)\"\\s*$");
    /** The figure of a target as the report writes it, {@code 60万人以上(R11年度)}: number, unit, bound. */
    private static final Pattern TARGET_FIGURE = Pattern.compile("[-+]?[0-9０-９][0-9０-９,，.．]*([^()（）]*?)(?:以上|以下)?[(（].*");

    static {
        // A workbook is a zip: POI already refuses entries that inflate more than 100 times; planlint also bounds
        // the size of an entry, so that a small file cannot fill memory.
        ZipSecureFile.setMaxEntrySize(Limits.MAX_ACTUALS_BYTES * 16);
    }

    private final String name;
    private final List<ActualRow> rows = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private XlsxActuals(String name) {
        this.name = name;
    }

    /** Whether the bytes are a zip (an xlsx) or an OLE2 compound file (an .xls, or an xlsx under a password). */
    static boolean looksLikeWorkbook(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || isCompoundFile(bytes);
    }

    static ActualsFile.Result read(String name, byte[] bytes) {
        SourcePosition start = new SourcePosition(name, 1, 1);
        if (isCompoundFile(bytes)) {
            // Excel saves a workbook under a password as an OLE2 file holding the encrypted package; so is an .xls.
            String code = new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE).contains("EncryptionInfo")
                    ? "actuals.xlsxEncrypted" : "actuals.xls";
            return failed(Diagnostic.error(start, code, name));
        }
        XlsxActuals reader = new XlsxActuals(name);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            boolean found = false;
            for (Sheet sheet : workbook) {
                found |= reader.sheet(sheet);
            }
            if (!found) {
                return failed(Diagnostic.error(start, "actuals.noTable", name));
            }
        } catch (EncryptedDocumentException locked) {
            return failed(Diagnostic.error(start, "actuals.xlsxEncrypted", name));
        } catch (IOException | RuntimeException broken) {
            // POI's own words name its classes and zip entries; what the user needs is that the file is no workbook.
            return failed(Diagnostic.error(start, "actuals.xlsxUnreadable", name));
        }
        return new ActualsFile.Result(reader.rows, reader.diagnostics, Optional.empty());
    }

    /** Reads a sheet of either kind; false when it holds no table of actuals. */
    private boolean sheet(Sheet sheet) {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> headers = headers(row);
            Optional<List<String>> csvHeader = ActualsFile.HEADERS.stream()
                    .filter(names -> names.stream().allMatch(headers::containsKey)).findFirst();
            if (csvHeader.isPresent()) {
                csvSheet(sheet, r, csvHeader.get().stream().map(headers::get).toList());
                return true;
            }
            Optional<Integer> kpiColumn = KPI_HEADERS.stream().map(headers::get).filter(c -> c != null).findFirst();
            Map<Integer, String> years = yearColumns(row);
            if (kpiColumn.isPresent() && !years.isEmpty()) {
                reportSheet(sheet, r, kpiColumn.get(), column(headers, TARGET_HEADERS),
                        column(headers, BASELINE_HEADERS), years);
                return true;
            }
        }
        return false;
    }

    /** The 効果検証シート: a KPI per row, a fiscal year per column. */
    private void reportSheet(Sheet sheet, int headerRow, int kpiColumn, Optional<Integer> targetColumn,
                             Optional<Integer> baselineColumn, Map<Integer, String> years) {
        for (int r = headerRow + 1; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
            Row row = sheet.getRow(r);
            Optional<String> kpi = row == null ? Optional.empty() : text(sheet, row.getCell(kpiColumn));
            if (kpi.isEmpty()) {
                continue;
            }
            Optional<String> target = targetColumn.flatMap(c -> text(sheet, row.getCell(c)));
            String unit = target.map(XlsxActuals::targetUnit).orElse("");
            // The report puts a KPI counted by calendar year (R11年) in the same year columns: read back, its
            // values keep the kind of year its target is written in, so that unchanged cells are the same actuals.
            Optional<String> baseline = baselineColumn.flatMap(c -> text(sheet, row.getCell(c)));
            String kind = target.flatMap(XlsxActuals::yearKind).or(() -> baseline.flatMap(XlsxActuals::yearKind))
                    .orElse("年度");
            years.forEach((column, year) -> {
                Cell cell = row.getCell(column);
                number(sheet, cell).ifPresent(value -> actual(kpi.get(), value,
                        formatUnit(cell).orElse(unit), year + kind, position(sheet, cell),
                        position(sheet, sheet.getRow(headerRow).getCell(column))));
            });
        }
    }

    /** A sheet with the CSV's columns: kpi, date, value, unit in the columns their headers name. */
    private void csvSheet(Sheet sheet, int headerRow, List<Integer> columns) {
        for (int r = headerRow + 1; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int before = diagnostics.size();
            Optional<String> kpi = text(sheet, row.getCell(columns.get(0)));
            Cell dateCell = row.getCell(columns.get(1));
            Optional<String> date = text(sheet, dateCell);
            Cell valueCell = row.getCell(columns.get(2));
            Optional<String> value = text(sheet, valueCell);
            Optional<String> unit = text(sheet, row.getCell(columns.get(3)));
            if (kpi.isEmpty() && date.isEmpty() && value.isEmpty() && unit.isEmpty()) {
                continue;
            }
            SourcePosition at = position(sheet, valueCell, r, columns.get(2));
            if (kpi.isEmpty() || date.isEmpty() || value.isEmpty()) {
                // A row with a cell already reported (a formula, a date) is not reported again as incomplete.
                if (before == diagnostics.size()) {
                    diagnostics.add(Diagnostic.error(at, "actuals.xlsxRow"));
                }
            } else {
                actual(kpi.get(), value.get(), unit.orElse(""), date.get(), at,
                        position(sheet, dateCell, r, columns.get(1)));
            }
        }
    }

    /** Parses {@code value unit (time)} as the CSV does; a problem in the time points at the cell it came from. */
    private void actual(String kpi, String value, String unit, String time, SourcePosition valueAt,
                        SourcePosition timeAt) {
        StrategyParsing.ActualResult parsed = StrategyParsing.parseActual(name, 1, 1,
                value + unit + "(" + time + ")");
        int figureLength = value.codePointCount(0, value.length()) + unit.codePointCount(0, unit.length());
        parsed.diagnostics().forEach(diagnostic -> diagnostics.add(new Diagnostic(diagnostic.severity(),
                diagnostic.position().column() - 1 < figureLength ? valueAt : timeAt, diagnostic.code(),
                diagnostic.arguments())));
        parsed.actual().ifPresent(actual -> rows.add(new ActualRow(kpi,
                new Observation(actual.value(), actual.time(), valueAt))));
    }

    private Map<String, Integer> headers(Row row) {
        Map<String, Integer> headers = new HashMap<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                headers.putIfAbsent(cell.getStringCellValue().strip(), cell.getColumnIndex());
            }
        });
        return headers;
    }

    /** The year columns of a header row, each with its year as a strategy writes it before 年度 (R7, 2025). */
    private static Map<Integer, String> yearColumns(Row row) {
        Map<Integer, String> years = new java.util.TreeMap<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                Matcher year = YEAR_HEADER.matcher(cell.getStringCellValue().strip());
                if (year.matches()) {
                    years.put(cell.getColumnIndex(), year.group(1));
                }
            }
        });
        return years;
    }

    /** The unit of the report's 目標値 cell (60万人以上(R11年度) gives 万人), in which the year columns count. */
    private static String targetUnit(String target) {
        Matcher figure = TARGET_FIGURE.matcher(target);
        return figure.matches() ? figure.group(1).strip() : "";
    }

    private static Optional<Integer> column(Map<String, Integer> headers, List<String> names) {
        return names.stream().map(headers::get).filter(c -> c != null).findFirst();
    }

    /**
     * The kind of year a figure's time is written in: 年 for 80人以下(R11年), 年度 for R11年度; empty where the time
     * says neither (5年間累計).
     */
    private static Optional<String> yearKind(String figure) {
        int open = Math.max(figure.lastIndexOf('('), figure.lastIndexOf('（'));
        String time = open < 0 ? "" : figure.substring(open);
        if (time.contains("年度")) {
            return Optional.of("年度");
        }
        return CALENDAR_YEAR.matcher(time).find() ? Optional.of("年") : Optional.empty();
    }

    /** The unit a number format shows after the number ({@code #,##0.###"万人"}), as the report writes its cells. */
    private static Optional<String> formatUnit(Cell cell) {
        Matcher unit = FORMAT_UNIT.matcher(cell.getCellStyle().getDataFormatString());
        return unit.find() ? Optional.of(unit.group(1)) : Optional.empty();
    }

    /** A text cell's text; empty for a blank cell; a cell of another kind is an error at it. */
    private Optional<String> text(Sheet sheet, Cell cell) {
        if (cell == null || blank(cell)) {
            return Optional.empty();
        }
        return switch (cell.getCellType()) {
            case STRING -> Optional.of(cell.getStringCellValue().strip());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? refuse(sheet, cell, "actuals.dateCell")
                    : Optional.of(plain(cell.getNumericCellValue()));
            default -> refuse(sheet, cell, null);
        };
    }

    /** A number cell of a year column; a text that is not blank, a formula or a date is an error at it. */
    private Optional<String> number(Sheet sheet, Cell cell) {
        if (cell == null || blank(cell)) {
            return Optional.empty();
        }
        if (cell.getCellType() == CellType.STRING) {
            diagnostics.add(Diagnostic.error(position(sheet, cell), "actuals.notANumber",
                    cell.getStringCellValue().strip()));
            return Optional.empty();
        }
        return text(sheet, cell);
    }

    /** A formula, an error value (#N/A), a TRUE or a date where a value belongs: said at the cell, never guessed. */
    private Optional<String> refuse(Sheet sheet, Cell cell, String code) {
        SourcePosition at = position(sheet, cell);
        diagnostics.add(switch (cell.getCellType()) {
            case FORMULA -> Diagnostic.error(at, "actuals.formula", "=" + cell.getCellFormula());
            case ERROR -> Diagnostic.error(at, "actuals.errorCell", errorText(cell));
            case BOOLEAN -> Diagnostic.error(at, "actuals.notANumber", String.valueOf(cell.getBooleanCellValue())
                    .toUpperCase(java.util.Locale.ROOT));
            default -> Diagnostic.error(at, code == null ? "actuals.notANumber" : code, "");
        });
        return Optional.empty();
    }

    private static String errorText(Cell cell) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException unknown) {
            return "#?";
        }
    }

    private static boolean blank(Cell cell) {
        return cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    /** A number as typed: 13.5, not 13.499999999999998 or 1.35E1. */
    private static String plain(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
    }

    private SourcePosition position(Sheet sheet, Cell cell) {
        return SourcePosition.cell(name, sheet.getSheetName(), cell.getRowIndex() + 1, cell.getColumnIndex() + 1);
    }

    /** A cell's position, also where the row has no cell there (an empty value). */
    private SourcePosition position(Sheet sheet, Cell cell, int row, int column) {
        return cell != null ? position(sheet, cell) : SourcePosition.cell(name, sheet.getSheetName(), row + 1,
                column + 1);
    }

    private static boolean isCompoundFile(byte[] bytes) {
        return startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ActualsFile.Result failed(Diagnostic diagnostic) {
        return new ActualsFile.Result(List.of(), List.of(diagnostic), Optional.empty());
    }
}
