package dev.planlint.render;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Messages;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Aggregate;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code --format xlsx}: the KPI evaluation sheet (効果検証シート). Sheet "KPI" has one row per KPI with its baseline,
 * target, actuals by year of the plan period and its status; sheet "Findings" one row per finding. The workbook is
 * byte-identical for the same report: its dates are the report's as-of date and the zip entries carry fixed times.
 * Only this class touches POI, so other formats never load it.
 */
public final class XlsxReportRenderer implements ReportRenderer {

    private final Locale locale;

    public XlsxReportRenderer(Locale locale) {
        this.locale = locale;
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            kpiSheet(workbook.createSheet("KPI"), report, styles);
            findingSheet(workbook.createSheet("Findings"), report, styles);
            Date asOf = Date.from(report.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(asOf));
            core.setModified(Optional.of(asOf));
            core.setCreator("planlint");
            core.setTitle(text("report.title"));
            workbook.write(written);
        }
        normalise(written.toByteArray(), report.asOf().atStartOfDay(), out);
    }

    private void kpiSheet(Sheet sheet, Report report, Styles styles) {
        List<KpiLines.Line> lines = KpiLines.of(report);
        TreeSet<Integer> years = new TreeSet<>();
        for (ReportedStrategy strategy : report.strategies()) {
            strategy.strategy().period().ifPresent(period -> {
                for (int year = period.value().fromYear(); year <= period.value().toYear(); year++) {
                    years.add(year);
                }
            });
        }
        List<String> headers = new ArrayList<>(List.of(text("report.col.goal"), text("report.col.kpi"),
                text("report.col.unit"), text("report.col.baseline") + " " + text("report.col.value"),
                text("report.col.baseline") + " " + text("report.col.year"),
                text("report.col.target") + " " + text("report.col.value"),
                text("report.col.target") + " " + text("report.col.year"), text("report.col.bound")));
        years.forEach(year -> headers.add(Messages.format(locale, "report.col.actual", String.valueOf(year))));
        headers.addAll(List.of(text("report.col.latest"), text("report.col.figure"), text("report.col.status"),
                text("report.col.scheme"),
                text("report.col.findings"), text("report.col.file")));
        header(sheet, headers, styles);
        int r = 1;
        for (KpiLines.Line line : lines) {
            Row row = sheet.createRow(r++);
            int exponent = line.kpi().target().value().multiplierExponent();
            int c = 0;
            if (line.reported().level() == KpiLevel.GOAL) {
                number(row, c++, BigDecimal.valueOf(line.reported().place().goal()), styles.integer);
            } else {
                text(row, c++, line.where(locale), styles.text);
            }
            text(row, c++, line.kpi().name(), styles.text);
            text(row, c++, line.kpi().target().value().unitAsWritten(), styles.text);
            number(row, c++, scaled(line.kpi().baseline().value(), exponent), styles.number);
            text(row, c++, line.kpi().baseline().time().written(), styles.text);
            number(row, c++, scaled(line.kpi().target().value(), exponent), styles.number);
            text(row, c++, line.kpi().target().time().written(), styles.text);
            text(row, c++, text("report.bound." + line.kpi().target().bound().name()), styles.text);
            for (int year : years) {
                Optional<Observation> actual = line.reported().path().getKnown().stream()
                        .filter(observation -> observation.time().toYear() == year)
                        .reduce((earlier, later) -> later);
                if (actual.isPresent()) {
                    number(row, c, scaled(actual.get().value(), exponent), styles.number);
                } else {
                    text(row, c, "", styles.text);
                }
                c++;
            }
            text(row, c++, line.latestText(), styles.text);
            if (line.status().isPresent() && line.status().get().figure() != null) {
                number(row, c++, line.status().get().figure(), styles.number);
            } else {
                text(row, c++, "", styles.text);
            }
            text(row, c++, line.statusText(locale), styles.track(line.track()));
            text(row, c++, line.status().map(status -> status.scheme().id()).orElse(""), styles.text);
            number(row, c++, BigDecimal.valueOf(line.findings()), styles.integer);
            text(row, c, line.file(), styles.text);
        }
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 12);
        widths[1] = 40;
        widths[widths.length - 4] = 16;
        widths[widths.length - 1] = 30;
        widths[widths.length - 6] = 20;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(2, 1);
    }

    private void findingSheet(Sheet sheet, Report report, Styles styles) {
        header(sheet, List.of(text("report.col.severity"), text("report.col.rule"), text("report.col.file"),
                text("report.col.line"), text("report.col.subject"), text("report.col.message"),
                text("report.col.note")), styles);
        int r = 1;
        for (ReportedFinding finding : report.findings()) {
            Row row = sheet.createRow(r++);
            text(row, 0, text("severity." + finding.severity().name()), styles.text);
            text(row, 1, finding.ruleId(), styles.text);
            text(row, 2, finding.subject().file(), styles.text);
            number(row, 3, BigDecimal.valueOf(finding.subject().line()), styles.integer);
            text(row, 4, finding.subject().name(), styles.text);
            text(row, 5, finding.message(locale), styles.wrapped);
            String note = finding.suppressedBecause()
                    .map(reason -> Messages.format(locale, "report.findingSuppressed", reason))
                    .orElse(finding.inBaseline() ? text("report.unchanged") : "");
            text(row, 6, note, styles.text);
        }
        int[] widths = {10, 30, 30, 8, 36, 80, 24};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            text(row, i, headers.get(i), styles.header);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** A figure in the multiplier of the KPI's target: 13,000人 as 13000, 1,361万トン as 1361 (万トン). */
    private static BigDecimal scaled(Quantity value, int exponent) {
        return value.baseValue().scaleByPowerOfTen(-exponent);
    }

    /** Rewrites the package with every entry at the same fixed time, so that two runs give the same bytes. */
    static void normalise(byte[] workbook, LocalDateTime time, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle number;
        final CellStyle integer;
        final CellStyle onTrack;
        final CellStyle offTrack;
        final CellStyle noData;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            text = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.###"));
            integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            onTrack = filled(workbook, IndexedColors.LIGHT_GREEN);
            offTrack = filled(workbook, IndexedColors.ROSE);
            noData = filled(workbook, IndexedColors.GREY_25_PERCENT);
        }

        CellStyle track(KpiLines.Track track) {
            return switch (track) {
                case ON_TRACK -> onTrack;
                case OFF_TRACK -> offTrack;
                case NO_DATA -> noData;
            };
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static CellStyle filled(XSSFWorkbook workbook, IndexedColors colour) {
            CellStyle style = bordered(workbook);
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
