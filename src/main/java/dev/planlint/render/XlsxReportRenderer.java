package dev.planlint.render;

import dev.planlint.check.Grading;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.check.ReportedVision;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Measure;
import dev.planlint.model.Observation;
import dev.planlint.model.Quantity;
import dev.planlint.model.Strategy;
import dev.planlint.model.Subject;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code --format xlsx}: the 効果検証シート an office files. A summary sheet (総括) first, one sheet per basic goal
 * (基本目標1 …) with a row per KPI, the population vision (人口ビジョン) where the strategy states one, and the
 * previous-period review (前期の検証) when a predecessor is given. Each sheet
 * carries the title, municipality, period and as-of date in its first rows, which are frozen and repeated on every
 * printed page; pages are landscape A4 fitted to width with page numbers. The columns 担当課, 評価コメント and
 * 今後の方向性 are left empty for the office. The workbook is byte-identical for the same report: its dates are the
 * report's as-of date and the zip entries carry fixed times. Only this class touches POI.
 */
public final class XlsxReportRenderer implements ReportRenderer {

    /** Rows above a table: title, municipality, period, as-of date, and a blank row. */
    static final int HEADER_ROWS = 5;
    private static final int MAX_COLUMN_WIDTH = 40;

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
            Book book = new Book(workbook, new Styles(workbook));
            summarySheet(book, report);
            for (ReportedStrategy strategy : report.strategies()) {
                List<KpiLines.Line> lines = KpiLines.of(report, strategy);
                List<Integer> years = planYears(strategy.strategy());
                List<KpiLines.Line> overall = lines.stream()
                        .filter(line -> line.reported().level() == KpiLevel.OVERALL).toList();
                if (!overall.isEmpty()) {
                    kpiSheet(book, report, strategy, text("sheet.overall"), overall, years);
                }
                for (BasicGoal goal : strategy.strategy().goals()) {
                    List<KpiLines.Line> ofGoal = lines.stream()
                            .filter(line -> line.reported().level() != KpiLevel.OVERALL
                                    && line.reported().place().goal() == goal.number()).toList();
                    String name = Messages.format(locale, "sheet.goal", String.valueOf(goal.number()));
                    kpiSheet(book, report, strategy, name, ofGoal, years);
                }
                strategy.vision().ifPresent(vision -> visionSheet(book, report, strategy, vision, years));
                strategy.predecessor().ifPresent(previous -> previousSheet(book, report, strategy, previous));
            }
            Date asOf = Date.from(report.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(asOf));
            core.setModified(Optional.of(asOf));
            core.setCreator("planlint");
            core.setTitle(text("sheet.title"));
            workbook.write(written);
        }
        normalise(written.toByteArray(), report.asOf().atStartOfDay(), out);
    }

    private void summarySheet(Book book, Report report) {
        Table table = book.table(text("sheet.summary"));
        ReportedStrategy first = report.strategies().isEmpty() ? null : report.strategies().get(0);
        table.heading(first, report, text("sheet.title") + "　" + text("sheet.summary"));
        table.header(List.of(text("report.col.goal"), text("report.col.name"), text("sheet.col.kpis"),
                text("report.track.ON_TRACK"), text("report.track.OFF_TRACK"), text("report.track.NO_DATA"),
                text("report.col.findings"), text("sheet.col.comment")));
        for (ReportedStrategy strategy : report.strategies()) {
            List<KpiLines.Line> lines = KpiLines.of(report, strategy);
            List<KpiLines.Line> overall = lines.stream()
                    .filter(line -> line.reported().level() == KpiLevel.OVERALL).toList();
            if (!overall.isEmpty()) {
                summaryRow(table, text("report.overall"), "", overall);
            }
            for (BasicGoal goal : strategy.strategy().goals()) {
                summaryRow(table, String.valueOf(goal.number()), goal.name(), lines.stream()
                        .filter(line -> line.reported().level() != KpiLevel.OVERALL
                                && line.reported().place().goal() == goal.number()).toList());
            }
        }
        table.finish(1);
    }

    private static void summaryRow(Table table, String number, String name, List<KpiLines.Line> lines) {
        Row row = table.next();
        table.text(row, 0, number);
        table.text(row, 1, name);
        table.number(row, 2, BigDecimal.valueOf(lines.size()), table.styles.integer);
        for (KpiLines.Track track : KpiLines.Track.values()) {
            table.number(row, 3 + track.ordinal(),
                    BigDecimal.valueOf(lines.stream().filter(line -> line.track() == track).count()),
                    table.styles.integer);
        }
        table.number(row, 6, BigDecimal.valueOf(lines.stream().mapToLong(KpiLines.Line::findings).sum()),
                table.styles.integer);
        table.text(row, 7, "");
    }

    /** One row per KPI: what it is, as written; its actuals by fiscal year; its rate, grade and findings. */
    private void kpiSheet(Book book, Report report, ReportedStrategy strategy, String name,
                          List<KpiLines.Line> lines, List<Integer> years) {
        Table table = book.table(name);
        String goalName = strategy.strategy().goals().stream()
                .filter(goal -> name.equals(Messages.format(locale, "sheet.goal", String.valueOf(goal.number()))))
                .map(goal -> name + "　" + goal.name()).findFirst().orElse(name);
        table.heading(strategy, report, goalName);
        List<String> headers = new ArrayList<>(List.of(text("report.col.place"), text("sheet.col.level"),
                text("sheet.col.measure"), text("report.col.kpi"), text("report.col.baseline"),
                text("report.col.target")));
        years.forEach(year -> headers.add(Messages.format(locale, "sheet.col.actual", japaneseEra(year))));
        headers.addAll(List.of(text("report.col.latest"), text("sheet.col.rate"), text("sheet.col.grade"),
                text("sheet.col.messages"),
                text("sheet.col.department"), text("sheet.col.comment"), text("sheet.col.direction")));
        table.header(headers);
        for (KpiLines.Line line : lines) {
            Row row = table.next();
            int c = 0;
            table.text(row, c++, line.where(locale));
            table.text(row, c++, text("sheet.level." + line.reported().level().name()));
            table.text(row, c++, measureName(strategy.strategy(), line));
            table.text(row, c++, line.kpi().name());
            table.text(row, c++, Figures.baseline(line.kpi()));
            table.text(row, c++, Figures.target(line.kpi().target()));
            int exponent = Figures.exponent(line.kpi());
            String unit = Figures.unitAsWritten(line.kpi());
            for (int year : years) {
                Optional<Observation> actual = line.reported().path().getKnown().stream()
                        .filter(observation -> !observation.time().isRange() && observation.time().toYear() == year)
                        .reduce((earlier, later) -> later);
                if (actual.isPresent()) {
                    table.number(row, c, scaled(actual.get().value(), exponent), table.styles.number(unit));
                } else {
                    table.text(row, c, "");
                }
                c++;
            }
            table.text(row, c++, line.latest().map(Figures::observation).orElse(""));
            Optional<BigDecimal> rate = line.reported().achievementRate();
            if (rate.isPresent()) {
                table.number(row, c++, rate.get().movePointLeft(2), table.styles.percent);
            } else {
                table.text(row, c++, "");
            }
            table.cell(row, c++, grade(line), table.styles.track(line.track()));
            table.cell(row, c++, messages(report, line.file(), line.kpi().name()), table.styles.wrapped);
            for (int blank = 0; blank < 3; blank++) {
                table.cell(row, c++, "", table.styles.wrapped);
            }
        }
        table.finish(4);
        // The office writes its comments here: room for a sentence or two.
        int comment = headers.size() - 2;
        table.sheet.setColumnWidth(comment, 30 * 256);
        table.sheet.setColumnWidth(comment + 1, 30 * 256);
        table.sheet.setColumnWidth(comment - 1, 12 * 256);
    }

    /**
     * The population vision: a row per population target, named as --actuals reads it back (人口の将来目標), with
     * the newest actual population, the path's value at its year, the actual population by plan year (a number in
     * the target's unit, where the office types in new counts) and what the rules found about the vision.
     */
    private void visionSheet(Book book, Report report, ReportedStrategy strategy, ReportedVision vision,
                             List<Integer> years) {
        Table table = book.table(text("sheet.vision"));
        table.heading(strategy, report, text("sheet.vision"));
        List<String> headers = new ArrayList<>(List.of(text("report.col.kpi"), text("report.col.name"),
                text("report.col.visionYear"), text("report.col.target"), text("report.col.latest"),
                text("report.col.latestDate"),
                text("report.col.pathValue"), text("report.col.difference")));
        years.forEach(year -> headers.add(Messages.format(locale, "sheet.col.actual", japaneseEra(year))));
        headers.addAll(List.of(text("sheet.col.messages"), text("sheet.col.comment")));
        table.header(headers);
        String found = VisionLines.messages(report, strategy, locale);
        for (VisionLines.Line line : VisionLines.of(vision)) {
            Row row = table.next();
            int c = 0;
            table.text(row, c++, VisionLines.rowName(locale));
            table.text(row, c++, line.target().label().orElse(""));
            table.text(row, c++, line.year());
            // The target with its year, as a KPI's 目標値 is written: read back, it gives the unit and kind of year.
            table.text(row, c++, line.target().value().written() + "(" + line.year() + ")");
            table.text(row, c++, line.latestText());
            table.text(row, c++, line.latestDate());
            table.text(row, c++, line.pathText());
            table.text(row, c++, line.differenceText());
            Quantity scale = line.target().value();
            for (int year : years) {
                Optional<Observation> actual = vision.actuals().stream()
                        .filter(observation -> observation.time().toYear() == year).reduce((earlier, later) -> later);
                if (actual.isPresent()) {
                    table.number(row, c, scaled(actual.get().value(), scale.multiplierExponent()),
                            table.styles.number(scale.unitAsWritten()));
                } else {
                    table.text(row, c, "");
                }
                c++;
            }
            table.cell(row, c++, found, table.styles.wrapped);
            table.cell(row, c, "", table.styles.wrapped);
        }
        table.finish(1);
    }

    // ---- the previous-period review (前期の検証; own section, issue 12.8)

    /**
     * The previous-period review: a row a KPI of the predecessor with its figures, final or interim value, rate,
     * grade and what became of it, as the report model holds them; the findings that compared the periods about it.
     */
    private void previousSheet(Book book, Report report, ReportedStrategy strategy, Strategy previous) {
        Table table = book.table(text("sheet.previous"));
        table.heading(strategy, report, text("sheet.previous") + "　" + ReportedStrategy.title(previous));
        table.header(List.of(text("report.col.place"), text("sheet.col.level"), text("report.col.kpi"),
                text("report.col.baseline"), text("report.col.target"), text("report.col.latest"),
                text("review.col.kind"), text("sheet.col.rate"), text("sheet.col.grade"), text("review.col.fate"),
                text("sheet.col.messages"), text("sheet.col.comment")));
        PreviousReviewView view = new PreviousReviewView(locale);
        for (PreviousReviewView.Row review : view.rows(strategy.previousReview())) {
            Row row = table.next();
            table.text(row, 0, review.place());
            table.text(row, 1, text("sheet.level." + review.review().level().name()));
            table.text(row, 2, review.name());
            table.text(row, 3, review.baseline());
            table.text(row, 4, review.target());
            table.text(row, 5, review.latest());
            table.text(row, 6, review.kind());
            Optional<BigDecimal> rate = review.review().achievementRate();
            if (rate.isPresent()) {
                table.number(row, 7, rate.get().movePointLeft(2), table.styles.percent);
            } else {
                table.text(row, 7, "");
            }
            table.text(row, 8, review.grade());
            table.cell(row, 9, review.fate(), table.styles.wrapped);
            String name = review.name();
            String found = report.findings().stream()
                    .filter(finding -> finding.subject().kind() == Subject.Kind.KPI
                            && (finding.subject().file().equals(previous.file())
                                && finding.subject().name().equals(name)
                                || finding.ruleId().startsWith("previous-")
                                && (finding.subject().name().equals(name)
                                    || name.equals(finding.figures().get("previousName")))))
                    .map(finding -> finding.message(locale)).distinct().collect(Collectors.joining("\n"));
            table.cell(row, 10, found, table.styles.wrapped);
            table.cell(row, 11, "", table.styles.wrapped);
        }
        table.finish(3);
    }

    private String measureName(Strategy strategy, KpiLines.Line line) {
        int measure = line.reported().place().measure();
        if (measure == 0) {
            return "";
        }
        return strategy.goals().stream().filter(goal -> goal.number() == line.reported().place().goal())
                .flatMap(goal -> goal.measures().stream()).filter(m -> m.number() == measure)
                .map(Measure::name).findFirst().orElse("");
    }

    /** The grade in words: 要改善, or 評価なし without a grade; never the grade's id. */
    private String grade(KpiLines.Line line) {
        return line.status().map(Grading::grade)
                .map(grade -> Messages.words(locale, grade).orElse(text("report.track." + line.track().name())))
                .orElse(text("report.track.NO_DATA"));
    }

    private String messages(Report report, String file, String kpi) {
        return report.findings().stream()
                .filter(finding -> finding.isActive() && finding.subject().kind() == Subject.Kind.KPI
                        && finding.subject().file().equals(file) && finding.subject().name().equals(kpi))
                .map(finding -> finding.message(locale)).collect(Collectors.joining("\n"));
    }

    private static List<Integer> planYears(Strategy strategy) {
        TreeSet<Integer> years = new TreeSet<>();
        strategy.period().ifPresent(period -> {
            for (int year = period.value().fromYear(); year <= period.value().toYear(); year++) {
                years.add(year);
            }
        });
        return List.copyOf(years);
    }

    /** A Western year in the Japanese era as plans write it: 2025 as R7, 2018 as H30. */
    static String japaneseEra(int year) {
        return year >= 2019 ? "R" + (year - 2018) : "H" + (year - 1988);
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

    /** The workbook and the names its sheets already have, so that a batch of plans gets distinct safe names. */
    private final class Book {
        private final XSSFWorkbook workbook;
        private final Styles styles;
        private final Set<String> names = new HashSet<>();

        Book(XSSFWorkbook workbook, Styles styles) {
            this.workbook = workbook;
            this.styles = styles;
        }

        Table table(String wanted) {
            String safe = WorkbookUtil.createSafeSheetName(wanted);
            String name = safe;
            for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
            }
            return new Table(workbook.createSheet(name), styles);
        }
    }

    /** A sheet being written: header rows, a table below them, and widths that fit what was written. */
    private final class Table {
        final Sheet sheet;
        final Styles styles;
        private final List<Integer> widths = new ArrayList<>();
        private int nextRow;

        Table(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void heading(ReportedStrategy strategy, Report report, String title) {
            Row titleRow = sheet.createRow(0);
            Cell cell = titleRow.createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(styles.title);
            Strategy plan = strategy == null ? null : strategy.strategy();
            label(1, XlsxReportRenderer.this.text("report.col.name"),
                    plan == null ? "" : ReportedStrategy.title(plan));
            label(2, XlsxReportRenderer.this.text("report.municipality"), plan == null ? ""
                    : plan.municipality().map(m -> m.value()).orElse(""));
            label(3, XlsxReportRenderer.this.text("report.period"), plan == null ? ""
                    : plan.extendedPeriod().or(plan::period).map(p -> p.value().written()).orElse(""));
            label(4, Messages.format(locale, "report.asOf", "").strip(), report.asOf().toString());
            nextRow = HEADER_ROWS;
        }

        private void label(int r, String label, String value) {
            Row row = sheet.createRow(r);
            Cell key = row.createCell(0);
            key.setCellValue(label);
            key.setCellStyle(styles.label);
            row.createCell(1).setCellValue(value);
        }

        void header(List<String> headers) {
            Row row = next();
            for (int i = 0; i < headers.size(); i++) {
                cell(row, i, headers.get(i), styles.header);
            }
        }

        Row next() {
            return sheet.createRow(nextRow++);
        }

        void text(Row row, int column, String value) {
            cell(row, column, value, styles.text);
        }

        void cell(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            fit(column, value);
        }

        void number(Row row, int column, BigDecimal value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
            fit(column, value.toPlainString() + "  ");
        }

        private void fit(int column, String value) {
            while (widths.size() <= column) {
                widths.add(6);
            }
            int widest = 0;
            for (String line : value.split("\n", -1)) {
                widest = Math.max(widest, DisplayWidth.of(line));
            }
            widths.set(column, Math.max(widths.get(column), Math.min(MAX_COLUMN_WIDTH, widest + 2)));
        }

        /** Widths, frozen header, print setup; {@code frozenColumns} stay in view when scrolling right. */
        void finish(int frozenColumns) {
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, widths.get(i) * 256);
            }
            sheet.createFreezePane(frozenColumns, HEADER_ROWS + 1);
            sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.getFooter().setCenter("&P / &N");
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle percent;
        final CellStyle integer;
        final CellStyle onTrack;
        final CellStyle offTrack;
        final CellStyle noData;
        private final XSSFWorkbook workbook;
        private final java.util.Map<String, CellStyle> numbers = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            label = workbook.createCellStyle();
            label.setFont(bold);
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0%"));
            integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            onTrack = filled(workbook, IndexedColors.LIGHT_GREEN);
            offTrack = filled(workbook, IndexedColors.ROSE);
            noData = filled(workbook, IndexedColors.GREY_25_PERCENT);
        }

        /** A number shown with its unit (53 as 53万人) while the cell keeps the number. */
        CellStyle number(String unit) {
            return numbers.computeIfAbsent(unit, u -> {
                CellStyle style = bordered(workbook);
                String quoted = u.isEmpty() ? "" : "\"" + u.replace("\"", "") + "\"";
                style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.###" + quoted));
                return style;
            });
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
            style.setWrapText(true);
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
