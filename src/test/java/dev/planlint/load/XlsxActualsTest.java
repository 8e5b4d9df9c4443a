package dev.planlint.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --actuals FILE.xlsx}: the 効果検証シート that {@code --format xlsx} writes, filled in by an office with POI
 * as Excel would, read back; and every kind of bad workbook or cell said at {@code file:sheet!cell}, exit 2.
 */
class XlsxActualsTest {

    /** The diagnostics only a workbook gives, each given by a test here (see BadInputTest). */
    static final java.util.Set<String> CODES = java.util.Set.of("actuals.xlsxUnreadable", "actuals.xlsxEncrypted",
            "actuals.xls", "actuals.noTable", "actuals.formula", "actuals.notANumber", "actuals.dateCell",
            "actuals.errorCell", "actuals.xlsxRow");

    private static final String TOWN = "src/test/resources/golden/town.strategy";
    private static final String AS_OF = "2027-06-30";

    @TempDir
    Path folder;

    /** The sheet as planlint writes it for the fictional town, changed by {@code edit}, saved as actuals.xlsx. */
    private Path sheet(Consumer<XSSFWorkbook> edit) throws Exception {
        byte[] written = CliRun.writing("check", "--as-of", AS_OF, "--fail-on", "never", "--format", "xlsx",
                "--lang", "ja", TOWN).expectExit(0).written();
        Path file = folder.resolve("actuals.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written));
             OutputStream out = Files.newOutputStream(file)) {
            edit.accept(book);
            book.write(out);
        }
        return file;
    }

    /** The cell of {@code kpi}'s row under the header {@code column} (R7年度 …) on sheet {@code name}. */
    private static Cell cell(XSSFWorkbook book, String name, String kpi, String column) {
        Sheet sheet = book.getSheet(name);
        Row header = sheet.getRow(5);
        int c = StreamSupport.stream(header.spliterator(), false)
                .filter(cell -> cell.getStringCellValue().equals(column)).findFirst().orElseThrow().getColumnIndex();
        for (Row row : sheet) {
            if (row.getRowNum() > 5 && row.getCell(3).getStringCellValue().equals(kpi)) {
                return Optional.ofNullable(row.getCell(c)).orElseGet(() -> row.createCell(c));
            }
        }
        throw new AssertionError(kpi + " not on " + name);
    }

    private static JsonObject json(String... more) {
        String[] arguments = {"check", "--as-of", AS_OF, "--fail-on", "never", "--format", "json", TOWN};
        String[] all = Arrays.copyOf(arguments, arguments.length + more.length);
        System.arraycopy(more, 0, all, arguments.length, more.length);
        CliRun run = CliRun.run(all).expectExit(0);
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static Optional<JsonObject> status(JsonObject report, String kpi) {
        for (JsonElement status : report.getAsJsonArray("kpiStatuses")) {
            if (status.getAsJsonObject().getAsJsonObject("subject").get("name").getAsString().equals(kpi)) {
                return Optional.of(status.getAsJsonObject());
            }
        }
        return Optional.empty();
    }

    private static boolean finds(JsonObject report, String rule, String kpi) {
        for (JsonElement finding : report.getAsJsonArray("findings")) {
            JsonObject f = finding.getAsJsonObject();
            if (f.get("rule").getAsString().equals(rule)
                    && f.getAsJsonObject("subject").get("name").getAsString().equals(kpi)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSheetReadBackUnchangedChangesNothing() throws Exception {
        Path unchanged = sheet(book -> { });
        assertThat(json("--actuals", unchanged.toString())).isEqualTo(json());
    }

    /** Series, plan totals (5年間累計), calendar years (R11年) and Kushiro's draft: unchanged cells are no new actuals. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"strategies/examples/fictional-full.strategy",
            "strategies/kushiro-3rd-draft.strategy"})
    void everySheetReadBackUnchangedChangesNothing(String strategy) throws Exception {
        Path file = folder.resolve("unchanged.xlsx");
        Files.write(file, CliRun.writing("check", "--as-of", AS_OF, "--fail-on", "never", "--format", "xlsx",
                "--lang", "en", strategy).expectExit(0).written());
        String[] check = {"check", "--as-of", AS_OF, "--fail-on", "never", "--format", "json", strategy};
        String[] withActuals = Arrays.copyOf(check, check.length + 2);
        withActuals[check.length] = "--actuals";
        withActuals[check.length + 1] = file.toString();
        assertThat(CliRun.run(withActuals).expectExit(0).out()).isEqualTo(CliRun.run(check).expectExit(0).out());
    }

    @Test
    void actualsTypedIntoTheYearColumnsAreGradedAsIfTheStrategyGaveThem() throws Exception {
        JsonObject before = json();
        assertThat(status(before, "空き店舗数")).isEmpty();
        assertThat(finds(before, "actual-missing", "空き店舗数")).isTrue();

        Path filled = sheet(book -> {
            // 件 and 万人 as the sheet shows them: the cells the office types into have no unit of their own.
            cell(book, "基本目標2", "空き店舗数", "R7年度").setCellValue(19);
            cell(book, "基本目標2", "空き店舗数", "R8年度").setCellValue(17);
        });
        JsonObject after = json("--actuals", filled.toString());

        assertThat(after.getAsJsonArray("diagnostics")).isEmpty();
        assertThat(finds(after, "actual-missing", "空き店舗数")).isFalse();
        JsonObject shops = status(after, "空き店舗数").orElseThrow();
        // 22 → 17 of the way to 15 by the second of five years: (22 − 17) / (22 − 15) = 0.714.
        assertThat(shops.get("figure").getAsDouble()).isBetween(0.71, 0.72);
        assertThat(shops.get("onTrack").getAsBoolean()).isTrue();
    }

    /**
     * The 人口ビジョン sheet read back: an actual population typed into its year column (a number in the target's
     * 万人) merges into the vision like a KPI's actual, and the vision is judged on it; so does a CSV row named
     * 人口の将来目標, and one in another unit is an error at its cell.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ja", "en"})
    void actualPopulationTypedIntoThePopulationVisionSheetJudgesTheVision(String lang) throws Exception {
        String full = "strategies/examples/fictional-full.strategy";
        String[] check = {"check", "--as-of", AS_OF, "--fail-on", "never", "--format", "json", full};
        JsonObject before = JsonParser.parseString(CliRun.run(check).expectExit(0).out()).getAsJsonObject();
        assertThat(finds(before, "population-behind-vision", "人口の将来目標")).isTrue();

        byte[] written = CliRun.writing("check", "--as-of", AS_OF, "--fail-on", "never", "--format", "xlsx",
                "--lang", lang, full).expectExit(0).written();
        Path file = folder.resolve("vision.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written));
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.getSheet(lang.equals("ja") ? "人口ビジョン" : "Population vision");
            Row header = sheet.getRow(5);
            String r8 = lang.equals("ja") ? "R8年度" : "FY R8";
            int c = StreamSupport.stream(header.spliterator(), false)
                    .filter(cell -> cell.getStringCellValue().equals(r8)).findFirst().orElseThrow().getColumnIndex();
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo(lang.equals("ja") ? "人口の将来目標" : "population");
            // 16万人 in 2026 is above the path (154,500人 for 2026 from 165,000人 in 2020 to 130,000人 in 2040).
            sheet.getRow(6).getCell(c).setCellValue(16);
            book.write(out);
        }
        JsonObject after = json(check, "--actuals", file.toString());
        assertThat(after.getAsJsonArray("diagnostics")).as("the strategy's own notices only")
                .isEqualTo(before.getAsJsonArray("diagnostics"));
        assertThat(finds(after, "population-behind-vision", "人口の将来目標")).isFalse();

        Path csv = folder.resolve("population.csv");
        Files.writeString(csv, "kpi,date,value,unit\n人口の将来目標,R8年,16万,人\n");
        assertThat(finds(json(check, "--actuals", csv.toString()), "population-behind-vision", "人口の将来目標"))
                .isFalse();
        Files.writeString(csv, "kpi,date,value,unit\n人口の将来目標,R8年,16万,世帯\n");
        assertThat(CliRun.run(append(check, "--actuals", csv.toString())).expectExit(2).out())
                .contains("\"actuals.unit\"").contains("population.csv");
    }

    private static JsonObject json(String[] check, String... more) {
        return JsonParser.parseString(CliRun.run(append(check, more)).expectExit(0).out()).getAsJsonObject();
    }

    private static String[] append(String[] arguments, String... more) {
        String[] all = Arrays.copyOf(arguments, arguments.length + more.length);
        System.arraycopy(more, 0, all, arguments.length, more.length);
        return all;
    }

    @Test
    void cellsThatAreNoValuesAreErrorsAtTheirCellInJapaneseAndEnglish() throws Exception {
        Path bad = sheet(book -> {
            cell(book, "基本目標2", "空き店舗数", "R7年度").setCellFormula("10+9");
            cell(book, "基本目標2", "空き店舗数", "R8年度").setCellValue("17件");
            Cell date = cell(book, "基本目標1", "観光入込客数", "R9年度");
            CellStyle dated = book.createCellStyle();
            dated.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd"));
            date.setCellValue(java.time.LocalDate.of(2027, 3, 31));
            date.setCellStyle(dated);
            cell(book, "基本目標1", "観光入込客数", "R8年度").setCellValue(55);
            cell(book, "基本目標1", "創業者数", "R9年度").setCellErrorValue(
                    org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });
        CliRun en = CliRun.run("check", "--as-of", AS_OF, "--lang", "en", "--actuals", bad.toString(), TOWN)
                .expectExit(2);
        String file = bad.toString();
        assertThat(en.out()).contains(
                file + ":基本目標2!G8: error: This cell holds a formula (=10+9)",
                file + ":基本目標2!H8: error: An actual value here is a number in the unit of the row's target; "
                        + "this cell holds the text \"17件\".",
                file + ":基本目標1!I7: error: This cell holds a date",
                file + ":基本目標1!I8: error: This cell holds the error value #N/A",
                file + ":基本目標1!H7: error: The strategy already gives 54万人 for this time, not 55万人.");
        CliRun ja = CliRun.run("check", "--as-of", AS_OF, "--lang", "ja", "--actuals", bad.toString(), TOWN)
                .expectExit(2);
        assertThat(ja.out()).contains(file + ":基本目標2!G8: エラー: このセルは数式（=10+9）です。",
                file + ":基本目標2!H8: エラー: ここの実績は、その行の目標値の単位での数値です。このセルは文字列「17件」です。");
        assertThat(ja.out() + ja.err()).doesNotContain("Exception", "\tat ");
        assertThat(ActualsFile.read(bad, Optional.empty()).diagnostics()).hasSize(4)
                .allSatisfy(BadInputTest::assertHasMessages);
    }

    @Test
    void anUnknownKpiIsSaidAtItsValueCellInEveryOutputFormat() throws Exception {
        Path renamed = sheet(book -> {
            cell(book, "基本目標2", "空き店舗数", "数値目標").setCellValue("空き店舗の数");
            cell(book, "基本目標2", "空き店舗の数", "R7年度").setCellValue(19);
        });
        String file = renamed.toString();
        CliRun text = CliRun.run("check", "--as-of", AS_OF, "--actuals", file, TOWN).expectExit(2);
        assertThat(text.out()).contains(file + ":基本目標2!G8: error: No strategy checked has a numeric target "
                + "named or with the id \"空き店舗の数\".");

        JsonObject report = JsonParser.parseString(CliRun.run("check", "--as-of", AS_OF, "--format", "json",
                "--actuals", file, TOWN).expectExit(2).out()).getAsJsonObject();
        JsonObject diagnostic = report.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertThat(diagnostic.get("sheet").getAsString()).isEqualTo("基本目標2");
        assertThat(diagnostic.get("cell").getAsString()).isEqualTo("基本目標2!G8");
        assertThat(diagnostic.get("line").getAsInt()).isEqualTo(8);
        assertThat(diagnostic.get("column").getAsInt()).isEqualTo(7);

        JsonObject sarif = JsonParser.parseString(CliRun.run("check", "--as-of", AS_OF, "--format", "sarif",
                "--actuals", file, TOWN).expectExit(2).out()).getAsJsonObject();
        JsonObject location = null;
        for (JsonElement result : sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
            if (result.getAsJsonObject().get("message").getAsJsonObject().get("text").getAsString()
                    .contains("空き店舗の数")) {
                location = result.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject();
            }
        }
        assertThat(location).isNotNull();
        JsonArray logical = location.getAsJsonArray("logicalLocations");
        assertThat(logical.get(0).getAsJsonObject().get("fullyQualifiedName").getAsString())
                .isEqualTo("基本目標2!G8");
        assertThat(location.getAsJsonObject("physicalLocation").has("region")).isFalse();

        String github = CliRun.run("check", "--as-of", AS_OF, "--format", "github", "--actuals", file, TOWN)
                .expectExit(2).out();
        assertThat(github).contains("::error file=" + file.replace(":", "%3A") + ",title=input-error::基本目標2!G8: ");
    }

    @Test
    void aSheetWithTheCsvColumnsIsReadAsTheCsvIs() throws Exception {
        Path file = folder.resolve("実績.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("実績");
            row(sheet, 0, "指標", "時点", "値", "単位");
            row(sheet, 1, "空き店舗数", "R7年度", null, "件").getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(19);
            row(sheet, 2, "空き店舗数", "R8年度", "17", "件");
            Row dated = row(sheet, 3, "観光入込客数", null, "59万", "人");
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd"));
            Cell date = dated.createCell(1);
            date.setCellValue(java.time.LocalDate.of(2027, 3, 31));
            date.setCellStyle(style);
            row(sheet, 4, "創業者数", "R9年度", "", "人");
            book.write(out);
        }
        CliRun run = CliRun.run("check", "--as-of", AS_OF, "--fail-on", "never", "--actuals", file.toString(), TOWN)
                .expectExit(2);
        assertThat(run.out()).contains(file + ":実績!B4: error: This cell holds a date",
                file + ":実績!C5: error: A row of actuals gives the KPI, the time and the value");
        assertThat(run.out()).doesNotContain("空き店舗数: no actual value");
    }

    private static Row row(Sheet sheet, int r, String... cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
        return row;
    }

    @Test
    void aDamagedAnEncryptedAnOldOrAnEmptyWorkbookIsSaidWithoutAStackTrace() throws Exception {
        Path damaged = folder.resolve("damaged.xlsx");
        byte[] good = Files.readAllBytes(sheet(book -> { }));
        Files.write(damaged, Arrays.copyOf(good, good.length / 2));
        Path text = folder.resolve("text.xlsx");
        Files.writeString(text, "kpi,date,value,unit\n");
        Path encrypted = folder.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(good);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        Path old = folder.resolve("old.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream out = Files.newOutputStream(old)) {
            book.createSheet("実績");
            book.write(out);
        }
        Path empty = folder.resolve("empty.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("メモ");
            book.write(out);
        }
        assertThat(error(damaged)).contains(damaged + ":1:1: error: " + damaged
                + " cannot be read as an Excel workbook (.xlsx)");
        assertThat(error(text)).contains(" cannot be read as an Excel workbook (.xlsx)");
        assertThat(error(encrypted)).contains(encrypted + " is protected with a password");
        assertThat(error(old)).contains(old + " is an Excel 97-2003 workbook (.xls)");
        assertThat(error(empty)).contains(empty + " has no sheet of actuals");
    }

    private static String error(Path actuals) {
        assertThat(ActualsFile.read(actuals, Optional.empty()).diagnostics()).singleElement()
                .satisfies(BadInputTest::assertHasMessages);
        CliRun run = CliRun.run("check", "--as-of", AS_OF, "--actuals", actuals.toString(), TOWN).expectExit(2);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
        return run.out();
    }
}
