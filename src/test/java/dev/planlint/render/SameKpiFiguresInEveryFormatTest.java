package dev.planlint.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.planlint.CliRun;
import dev.planlint.diagnostic.Messages;
import dev.planlint.path.Grade;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Done when": the latest value, the achievement rate and the grade of each KPI read the same in the text,
 * JSON, Markdown, HTML and xlsx reports, in both languages: every graded KPI (JSON kpiStatuses) and every row of the
 * previous-period review (strategies[].previousReview). The JSON's exact figures are the reference; every other
 * format must show them as reports round them (one decimal, half up, grouped) and the grade in words.
 */
class SameKpiFiguresInEveryFormatTest {

    private static final String AS_OF = "2026-12-01";

    /** One KPI's three figures as the JSON gives them, worded for {@code locale}; "—" where there is none. */
    private record Expected(String name, String latest, String rate, String grade, boolean previous) {
    }

    /** A table of a Markdown, HTML or xlsx report: its header cells and its rows of cell texts. */
    private record Table(List<String> headers, List<List<String>> rows) {

        int column(String header) {
            return headers.indexOf(header);
        }
    }

    static Stream<Arguments> reports() {
        List<Arguments> all = new ArrayList<>();
        List<List<String>> inputs = List.of(
                List.of("strategies/kushiro-2nd.strategy", "strategies/kushiro-3rd-draft.strategy"),
                List.of("strategies/examples/review.strategy"),
                List.of("strategies/examples/fictional-progress.strategy"),
                List.of("strategies/examples/fictional-full.strategy"));
        for (List<String> files : inputs) {
            for (String language : List.of("ja", "en")) {
                all.add(Arguments.of(files, language));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reports")
    void latestRateAndGradeReadTheSameInEveryFormat(List<String> files, String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        List<Expected> expected = expected(JsonParser.parseString(report("json", language, files)).getAsJsonObject(),
                locale);
        assertThat(expected).as("KPIs graded or reviewed").isNotEmpty();
        String text = report("text", language, files);
        List<Table> markdown = markdownTables(report("markdown", language, files));
        List<Table> html = htmlTables(report("html", language, files));
        List<Table> xlsx = xlsxTables(CliRun.writing(arguments("xlsx", language, files)).expectExit(0).written());
        for (Expected kpi : expected) {
            assertThat(textLines(text, kpi, locale)).as("text: %s", kpi)
                    .anyMatch(line -> line.contains(kpi.latest()) && line.contains(kpi.rate())
                            && line.contains(kpi.grade()));
            assertThat(rows(markdown, kpi, locale, "report.col.status", Escape::markdown)).as("markdown: %s", kpi)
                    .contains(List.of(Escape.markdown(kpi.latest()), kpi.rate(), "grade"));
            assertThat(rows(html, kpi, locale, "report.col.status", s -> s)).as("html: %s", kpi)
                    .contains(List.of(kpi.latest(), kpi.rate(), "grade"));
            assertThat(rows(xlsx, kpi, locale, "sheet.col.grade", s -> s)).as("xlsx: %s", kpi)
                    .contains(List.of(kpi.latest(), kpi.rate(), "grade"));
        }
    }

    private static List<String> arguments(String format, String language, List<String> files) {
        List<String> arguments = new ArrayList<>(List.of("check", "--as-of", AS_OF, "--fail-on", "never", "--lang",
                language, "--format", format));
        arguments.addAll(files);
        return arguments;
    }

    private static String report(String format, String language, List<String> files) throws IOException {
        return CliRun.writing(arguments(format, language, files)).expectExit(0).writtenText();
    }

    private static List<Expected> expected(JsonObject json, Locale locale) {
        List<Expected> expected = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("kpiStatuses")) {
            JsonObject status = element.getAsJsonObject();
            expected.add(new Expected(status.getAsJsonObject("subject").get("name").getAsString(),
                    status.has("latest") ? status.getAsJsonObject("latest").get("written").getAsString() : "—",
                    rate(status), words(status, locale), false));
        }
        for (JsonElement strategy : json.getAsJsonArray("strategies")) {
            if (!strategy.getAsJsonObject().has("previousReview")) {
                continue;
            }
            for (JsonElement element : strategy.getAsJsonObject().getAsJsonArray("previousReview")) {
                JsonObject row = element.getAsJsonObject();
                if (row.has("grade")) {
                    expected.add(new Expected(row.get("name").getAsString(),
                            row.has("latest") ? row.getAsJsonObject("latest").get("written").getAsString() : "—",
                            rate(row), words(row, locale), true));
                }
            }
        }
        return expected;
    }

    /** The exact rate as a report rounds it: one decimal, half up, grouped, with its %. */
    private static String rate(JsonObject json) {
        if (!json.has("achievementRate")) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(json.get("achievementRate").getAsString())) + "%";
    }

    private static String words(JsonObject json, Locale locale) {
        Grade grade = Arrays.stream(Grade.values())
                .filter(g -> g.scheme().id().equals(json.get("scheme").getAsString())
                        && g.toString().equals(json.get("grade").getAsString()))
                .findFirst().orElseThrow();
        return Messages.words(locale, grade).orElseThrow();
    }

    // ---- text: the KPI lines and the previous-period review lines

    private static List<String> textLines(String text, Expected kpi, Locale locale) {
        String heading = Messages.format(locale, kpi.previous() ? "review.heading" : "report.kpiHeading", "");
        String separator = locale.getLanguage().equals("ja") ? "：" : ": ";
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("== ")) {
                inside = line.startsWith("== " + heading);
            } else if (inside && line.contains(" " + kpi.name() + separator)) {
                lines.add(line);
            }
        }
        return lines;
    }

    // ---- tables

    /**
     * The latest, rate and grade cells of the rows about {@code kpi} in the KPI tables (or the review tables, for a
     * previous KPI), the grade replaced by "grade" where the cell names it, so that a row can be compared whole.
     */
    private static List<List<String>> rows(List<Table> tables, Expected kpi, Locale locale, String gradeHeader,
                                           java.util.function.UnaryOperator<String> escape) {
        String fate = Messages.text(locale, "review.col.fate");
        List<List<String>> found = new ArrayList<>();
        for (Table table : tables) {
            int name = table.column(Messages.text(locale, "report.col.kpi"));
            int latest = table.column(Messages.text(locale, "report.col.latest"));
            int rate = table.column(Messages.text(locale, "report.col.rate"));
            if (rate < 0) {
                rate = table.column(Messages.text(locale, "sheet.col.rate"));
            }
            int grade = table.column(Messages.text(locale, gradeHeader));
            if (grade < 0) {
                grade = table.column(Messages.text(locale, "report.col.status"));
            }
            if (name < 0 || latest < 0 || rate < 0 || grade < 0 || table.headers().contains(fate) != kpi.previous()) {
                continue;
            }
            for (List<String> row : table.rows()) {
                if (row.size() > Math.max(grade, rate) && row.get(name).equals(escape.apply(kpi.name()))) {
                    String rateCell = row.get(rate).isEmpty() ? "—" : row.get(rate);
                    String latestCell = row.get(latest).isEmpty() ? "—" : row.get(latest);
                    found.add(List.of(latestCell, rateCell,
                            row.get(grade).contains(escape.apply(kpi.grade())) ? "grade" : row.get(grade)));
                }
            }
        }
        return found;
    }

    private static List<Table> markdownTables(String markdown) {
        List<Table> tables = new ArrayList<>();
        List<String> lines = List.of(markdown.split("\n"));
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("|") && lines.get(i + 1).startsWith("|---")) {
                List<String> headers = cells(lines.get(i));
                List<List<String>> rows = new ArrayList<>();
                int r = i + 2;
                for (; r < lines.size() && lines.get(r).startsWith("|"); r++) {
                    rows.add(cells(lines.get(r)));
                }
                tables.add(new Table(headers, rows));
                i = r;
            }
        }
        return tables;
    }

    /** The cells of a Markdown table row, split at the pipes that are not escaped. */
    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    private static final Pattern TABLE = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private static List<Table> htmlTables(String html) {
        List<Table> tables = new ArrayList<>();
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = ROW.matcher(table.group(1));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    cells.add(unescape(cell.group(1).replaceAll("<[^>]*>", "")).strip());
                }
                rows.add(cells);
            }
            if (!rows.isEmpty()) {
                tables.add(new Table(rows.get(0), rows.subList(1, rows.size())));
            }
        }
        return tables;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Every sheet as a table below its header row (the first row with a 数値目標 / KPI column). */
    private static List<Table> xlsxTables(byte[] workbook) throws IOException {
        List<Table> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                    rows.add(cells);
                }
                for (int header = 0; header < rows.size(); header++) {
                    if (rows.get(header).contains(Messages.text(Locale.JAPANESE, "report.col.kpi"))
                            || rows.get(header).contains(Messages.text(Locale.ENGLISH, "report.col.kpi"))) {
                        tables.add(new Table(rows.get(header), rows.subList(header + 1, rows.size())));
                        break;
                    }
                }
            }
        }
        return tables;
    }
}
