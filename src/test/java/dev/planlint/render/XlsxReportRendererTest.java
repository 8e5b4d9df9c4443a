package dev.planlint.render;

import dev.planlint.CliRun;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.assertj.core.data.Offset;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** The KPI evaluation sheet: its cells, and the same bytes for the same input. */
class XlsxReportRendererTest {


    private byte[] workbook() throws Exception {
        return CliRun.writing("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format", "xlsx", "--lang",
                "ja", ReportGoldenTest.TOWN).expectExit(0, 2).written();
    }

    @Test
    void summaryFirstThenOneSheetPerBasicGoalWithActualsByFiscalYearInJapaneseEra() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
            assertThat(book.getSheetName(0)).isEqualTo("総括");
            assertThat(book.getSheetName(1)).isEqualTo("基本目標1");
            Sheet goal = book.getSheet("基本目標1");
            assertThat(goal.getRow(0).getCell(0).getStringCellValue()).startsWith("基本目標1");
            assertThat(goal.getRow(3).getCell(0).getStringCellValue()).isEqualTo("計画期間");
            Row header = goal.getRow(XlsxReportRenderer.HEADER_ROWS);
            assertThat(cells(header)).containsExactly("位置", "区分", "施策", "数値目標", "現状値", "目標値",
                    "R7年度", "R8年度", "R9年度", "R10年度", "R11年度", "最新の実績", "達成率", "評価", "指摘事項", "担当課",
                    "評価コメント", "今後の方向性");
            Row visitors = goal.getRow(XlsxReportRenderer.HEADER_ROWS + 1);
            assertThat(visitors.getCell(1).getStringCellValue()).isEqualTo("数値目標");
            assertThat(visitors.getCell(3).getStringCellValue()).isEqualTo("観光入込客数");
            assertThat(visitors.getCell(4).getStringCellValue()).isEqualTo("51万人(R6年度)");
            assertThat(visitors.getCell(5).getStringCellValue()).isEqualTo("60万人(R11年度)");
            assertThat(visitors.getCell(6).getNumericCellValue()).isEqualTo(53);
            assertThat(visitors.getCell(7).getNumericCellValue()).isEqualTo(54);
            assertThat(visitors.getCell(8).getStringCellValue()).isEmpty();
            // (54 − 51) / (60 − 51): a third of the way, shown as a percentage of a number.
            assertThat(visitors.getCell(11).getStringCellValue()).isEqualTo("54万人(R8年度)");
            assertThat(visitors.getCell(12).getNumericCellValue()).isEqualTo(0.333, Offset.offset(0.001));
            assertThat(visitors.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0%");
            assertThat(visitors.getCell(13).getStringCellValue()).isEqualTo("B");
            assertThat(visitors.getCell(14).getStringCellValue()).contains("観光入込客数");
            assertThat(visitors.getCell(15).getStringCellValue()).isEmpty();
            assertThat(book.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(Date.from(java.time.Instant.parse("2027-06-30T00:00:00Z")));
        }
    }

    @Test
    void kushiroDraftPrintsLandscapeAtWidthInJapaneseWithoutEnglishIds() throws Exception {
        byte[] bytes = CliRun.writing("check", "--as-of", "2026-06-30", "--fail-on", "never", "--format", "xlsx",
                "--lang", "ja", "strategies/kushiro-3rd-draft.strategy").expectExit(0).written();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).startsWith("総括", "基本目標1", "基本目標2", "基本目標3", "基本目標4");
            assertThat(names).contains("前期の検証");
            Row stays = book.getSheet("基本目標1").getRow(XlsxReportRenderer.HEADER_ROWS + 2);
            assertThat(stays.getCell(3).getStringCellValue()).isEqualTo("延べ宿泊客数");
            assertThat(stays.getCell(4).getStringCellValue()).isEqualTo("126万人泊(R5年度)");
            assertThat(stays.getCell(5).getStringCellValue()).isEqualTo("150万人泊(R11年度)");
            assertThat(stays.getCell(13).getStringCellValue()).isEqualTo("評価なし");
            for (Sheet sheet : book) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) (XlsxReportRenderer.HEADER_ROWS + 1));
                assertThat(sheet.getFooter().getCenter()).contains("&P");
                assertThat(sheet.getRepeatingRows()).isNotNull();
                for (Row row : sheet) {
                    row.forEach(cell -> {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .doesNotContainPattern("[a-z]+-[a-z]+|needs|mostly|steady|elapsed");
                        }
                    });
                }
            }
        }
    }

    @Test
    void englishWithLangEn() throws Exception {
        byte[] bytes = CliRun.writing("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format", "xlsx",
                "--lang", "en", ReportGoldenTest.TOWN).expectExit(0, 2).written();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            assertThat(book.getSheetName(1)).isEqualTo("Goal 1");
            assertThat(cells(book.getSheet("Goal 1").getRow(XlsxReportRenderer.HEADER_ROWS)))
                    .contains("Level", "FY R7", "Achievement rate", "Department");
        }
    }

    @Test
    void sameInputSameBytes() throws Exception {
        byte[] first = workbook();
        Thread.sleep(2100); // zip entry times have a two-second resolution
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(workbook()).isEqualTo(first);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void needsAnOutputFile() {
        CliRun run = CliRun.run("check", "--as-of", "2027-06-30", "--fail-on", "never", "--format", "xlsx",
                ReportGoldenTest.TOWN);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--output");
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
