package dev.planlint.lsp;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What can be typed where the cursor is, in the language's own words: a line's keyword at the start of a line, the
 * direction after 改善方向：, the kind of year after 年次の扱い：, a rule id after 抑制： (suppress:), the units
 * already used in the open strategies after a figure's number, an era (令和, 平成, R, H) where a date begins.
 */
final class Completions {

    /** Keywords that start a line, each with what it is for (the detail the editor shows). */
    private static final List<String[]> LINE_STARTS = List.of(
            new String[] {"数値目標：", "a basic goal's numeric targets / 基本目標の数値目標"},
            new String[] {"重要業績評価指標（KPI）：", "a measure's KPIs / 施策のKPI"},
            new String[] {"改善方向：", "direction of improvement / 改善の方向"},
            new String[] {"実績：", "actual values / 実績値"},
            new String[] {"定義：", "how the indicator is measured / 指標の定義"},
            new String[] {"前期指標：継続", "continues a previous-period KPI / 前期の指標を継続"},
            new String[] {"前期指標：置換：", "replaces previous-period KPIs / 前期の指標を置き換え"},
            new String[] {"廃止指標：", "a dropped KPI and why / 廃止した指標と理由"},
            new String[] {"抑制：", "suppress a rule here, with a reason / 指摘の抑制と理由"},
            new String[] {"計画期間：", "the plan period / 計画期間"},
            new String[] {"年次の扱い：年度", "years without 年/年度 are fiscal years / 年度として扱う"},
            new String[] {"全体目標指標：", "the strategy's overall targets / 全体目標"},
            new String[] {"前期戦略：", "the previous period's file / 前期の戦略ファイル"});
    private static final List<String> DIRECTIONS = List.of("増加", "減少", "維持");
    private static final List<String> YEAR_KINDS = List.of("年度", "年");
    /** The eras a date is written in, each with what it is; R6 and 令和6 are the same year. */
    private static final List<String[]> ERAS = List.of(
            new String[] {"令和", "令和 (2019–) / Reiwa"}, new String[] {"平成", "平成 (1989–2019) / Heisei"},
            new String[] {"R", "令和, short: R6 / Reiwa"}, new String[] {"H", "平成, short: H30 / Heisei"});
    /** A figure's number as it is being typed, with its multiplier if written: 649, 1,361, 13.8万. */
    private static final java.util.regex.Pattern NUMBER_TYPED =
            java.util.regex.Pattern.compile("[0-9０-９][0-9０-９,，.．]*[千万億兆]?$");
    /** Where a date begins: in a figure's parentheses, or after 計画期間： and its ～. */
    private static final java.util.regex.Pattern DATE_BEGINS =
            java.util.regex.Pattern.compile("([(（]|(計画期間|period)\\s*[：:]\\s*|[～〜~]\\s*)$");

    private Completions() {
    }

    /** The items for a line whose text before the cursor is {@code before}. */
    static List<CompletionItem> at(String before, Locale locale) {
        return at(before, locale, List.of());
    }

    /**
     * The items for a line whose text before the cursor is {@code before}, where the previous period (the file the
     * document names in 前期戦略) has the KPIs {@code previousKpis}: offered after {@code 前期指標：置換：}.
     */
    static List<CompletionItem> at(String before, Locale locale, List<String> previousKpis) {
        return at(before, locale, previousKpis, List.of());
    }

    /**
     * The same, where the open strategies use the units {@code units} (as written, with their multiplier: 万人泊):
     * offered after a figure's number.
     */
    static List<CompletionItem> at(String before, Locale locale, List<String> previousKpis, List<String> units) {
        String typed = before.strip();
        if (isFigureLine(typed) && (typed.contains("：") || typed.contains(":")) && !inParentheses(typed)
                && NUMBER_TYPED.matcher(typed).find()) {
            // After 126万 the unit alone (人泊); after 126 the unit as the strategies write it (万人泊, 億円, 人).
            boolean multiplied = typed.matches("(?s).*[千万億兆]");
            return words(units.stream().map(unit -> multiplied ? unit.replaceFirst("^[千万億兆]", "") : unit)
                    .filter(unit -> !unit.isEmpty()).distinct().sorted().toList(), CompletionItemKind.Unit,
                    "単位 / unit");
        }
        if (DATE_BEGINS.matcher(typed).find() && (isFigureLine(typed) || typed.startsWith("計画期間")
                || typed.startsWith("period"))) {
            List<CompletionItem> items = new ArrayList<>();
            for (String[] era : ERAS) {
                CompletionItem item = new CompletionItem(era[0]);
                item.setKind(CompletionItemKind.Constant);
                item.setDetail(era[1]);
                items.add(item);
            }
            return items;
        }
        if (typed.endsWith("置換：") || typed.endsWith("置換:") || typed.endsWith("、")) {
            return words(previousKpis.stream().distinct().sorted().toList(), CompletionItemKind.Reference,
                    "前期指標");
        }
        if (typed.endsWith("改善方向：") || typed.endsWith("改善方向:")) {
            return words(DIRECTIONS, CompletionItemKind.EnumMember, "改善方向");
        }
        if (typed.endsWith("年次の扱い：") || typed.endsWith("年次の扱い:")) {
            return words(YEAR_KINDS, CompletionItemKind.EnumMember, "年次の扱い");
        }
        if (typed.matches("(?s).*(抑制|suppress)\\s*[：:]")) {
            List<CompletionItem> items = new ArrayList<>();
            RuleCatalog.shipped().rules().stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(rule -> {
                CompletionItem item = new CompletionItem(rule.id());
                item.setKind(CompletionItemKind.Value);
                item.setDetail(rule.title(locale));
                item.setInsertText(rule.id() + "：");
                items.add(item);
            });
            return items;
        }
        if (typed.isEmpty()) {
            List<CompletionItem> items = new ArrayList<>();
            for (String[] start : LINE_STARTS) {
                CompletionItem item = new CompletionItem(start[0]);
                item.setKind(CompletionItemKind.Keyword);
                item.setDetail(start[1]);
                items.add(item);
            }
            return items;
        }
        return List.of();
    }

    /** A KPI's line (・name：figures) or an actuals line (実績：…), where figures are written. */
    private static boolean isFigureLine(String typed) {
        return typed.startsWith("・") || typed.startsWith("-") || typed.startsWith("･") || typed.startsWith("実績")
                || typed.startsWith("actuals");
    }

    /** Within a date's parentheses, (R5年, where a number is a year and takes no unit. */
    private static boolean inParentheses(String typed) {
        int open = 0;
        for (char c : typed.toCharArray()) {
            if (c == '(' || c == '（') {
                open++;
            } else if ((c == ')' || c == '）') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    private static List<CompletionItem> words(List<String> words, CompletionItemKind kind, String detail) {
        return words.stream().map(word -> {
            CompletionItem item = new CompletionItem(word);
            item.setKind(kind);
            item.setDetail(detail);
            return item;
        }).toList();
    }
}
