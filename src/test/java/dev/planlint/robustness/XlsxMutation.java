package dev.planlint.robustness;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/**
 * Changes an office could make to the 効果検証シート before giving it back as {@code --actuals}: cells typed over
 * with numbers, texts, formulas, dates, errors or nothing, headers renamed, rows and sheets removed, sheets renamed;
 * or, for some inputs, the workbook's bytes themselves damaged as a broken download would be.
 */
final class XlsxMutation {

    private static final List<String> TEXTS = List.of("", " ", "R7年度", "FY R7", "2025年度", "数値目標",
            "Numeric target", "目標値", "kpi", "指標", "53万", "17件", "-5", "1e9", "令和0年度", "観光入込客数", "　",
            "60万人以上(R11年度)", "(", "\u202E", "'", "!", "#N/A");

    private XlsxMutation() {
    }

    static byte[] mutate(Random random, byte[] workbook) {
        if (random.nextInt(4) == 0) {
            return Mutation.applyAll(Mutation.random(random, Mutation.CSV_VOCABULARY), workbook);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0, count = 1 + random.nextInt(6); i < count; i++) {
                change(random, book);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void change(Random random, XSSFWorkbook book) {
        if (book.getNumberOfSheets() == 0) {
            return;
        }
        int index = random.nextInt(book.getNumberOfSheets());
        Sheet sheet = book.getSheetAt(index);
        switch (random.nextInt(12)) {
            case 0 -> {
                if (book.getNumberOfSheets() > 1) {
                    book.removeSheetAt(index);
                }
            }
            case 1 -> {
                String name = "S" + random.nextInt(100) + (random.nextBoolean() ? " (2)" : "'x");
                if (book.getSheetIndex(name) < 0) {
                    book.setSheetName(index, name);
                }
            }
            case 2 -> {
                Row row = sheet.getRow(random.nextInt(sheet.getLastRowNum() + 2));
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
            default -> {
                int r = random.nextInt(Math.max(1, sheet.getLastRowNum() + 3));
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.createCell(random.nextInt(20));
                type(random, book, cell);
            }
        }
    }

    private static void type(Random random, XSSFWorkbook book, Cell cell) {
        switch (random.nextInt(8)) {
            case 0 -> cell.setCellFormula(random.nextBoolean() ? "1+1" : "SUM(G7:H7)");
            case 1 -> cell.setCellErrorValue(FormulaError.values()[random.nextInt(FormulaError.values().length)]
                    .getCode());
            case 2 -> cell.setCellValue(random.nextBoolean());
            case 3 -> {
                CellStyle dated = book.createCellStyle();
                dated.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd"));
                cell.setCellValue(java.time.LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1));
                cell.setCellStyle(dated);
            }
            case 4 -> cell.setBlank();
            case 5, 6 -> cell.setCellValue(List.of(0.0, -5.0, 53.0, 1e300, 0.1 + 0.2, 1e-12, 17.0, 123456789.0)
                    .get(random.nextInt(8)));
            default -> cell.setCellValue(TEXTS.get(random.nextInt(TEXTS.size())));
        }
    }
}
