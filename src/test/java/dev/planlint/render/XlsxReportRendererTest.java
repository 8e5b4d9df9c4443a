package dev.planlint.render;

import dev.planlint.CliRun;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

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
    void kpiSheetHasOneRowPerKpiWithActualsByYear() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
            assertThat(book.getSheetName(0)).isEqualTo("KPI");
            assertThat(book.getSheetName(1)).isEqualTo("Findings");
            Sheet kpis = book.getSheet("KPI");
            assertThat(cells(kpis.getRow(0))).containsExactly("基本目標", "数値目標", "単位", "現状値 値", "現状値 年",
                    "目標値 値", "目標値 年", "目標の種類", "実績 2025", "実績 2026", "実績 2027", "実績 2028", "実績 2029",
                    "最新の実績", "評価の数値", "評価", "評価方式", "指摘", "ファイル");
            assertThat(kpis.getLastRowNum()).isEqualTo(4);
            Row visitors = kpis.getRow(1);
            assertThat(visitors.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(visitors.getCell(1).getStringCellValue()).isEqualTo("観光入込客数");
            assertThat(visitors.getCell(2).getStringCellValue()).isEqualTo("万人");
            assertThat(visitors.getCell(3).getNumericCellValue()).isEqualTo(51);
            assertThat(visitors.getCell(4).getStringCellValue()).isEqualTo("R6年度");
            assertThat(visitors.getCell(5).getNumericCellValue()).isEqualTo(60);
            assertThat(visitors.getCell(6).getStringCellValue()).isEqualTo("R11年度");
            assertThat(visitors.getCell(7).getStringCellValue()).isEqualTo("目標値");
            assertThat(visitors.getCell(8).getNumericCellValue()).isEqualTo(53);
            assertThat(visitors.getCell(9).getNumericCellValue()).isEqualTo(54);
            assertThat(visitors.getCell(10).getStringCellValue()).isEmpty();
            assertThat(visitors.getCell(13).getStringCellValue()).isEqualTo("54万人(R8年度)");
            assertThat(visitors.getCell(14).getNumericCellValue()).isEqualTo(0.333, org.assertj.core.data.Offset.offset(0.001));
            assertThat(visitors.getCell(15).getStringCellValue()).isEqualTo("要改善（B）");
            assertThat(visitors.getCell(16).getStringCellValue()).isEqualTo("elapsed-time");
            assertThat(visitors.getCell(17).getNumericCellValue()).isEqualTo(3);
            Row outflow = kpis.getRow(3);
            assertThat(outflow.getCell(1).getStringCellValue()).isEqualTo("転出超過数");
            assertThat(outflow.getCell(7).getStringCellValue()).isEqualTo("以下");
            // 120 → 80人以下 with 130 in R8: moving away from a ceiling still to be reached, so graded B.
            assertThat(outflow.getCell(15).getStringCellValue()).isEqualTo("要改善（B）");

            Sheet findings = book.getSheet("Findings");
            assertThat(cells(findings.getRow(0))).containsExactly("重要度", "ルール", "ファイル", "行", "対象", "内容",
                    "備考");
            assertThat(findings.getLastRowNum()).as("12 findings and the progress-behind of 転出超過数").isEqualTo(13);
            Row first = findings.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("情報");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("previous-target-met");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(ReportGoldenTest.TOWN);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("観光入込客数");
            assertThat(book.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(Date.from(java.time.Instant.parse("2027-06-30T00:00:00Z")));
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
