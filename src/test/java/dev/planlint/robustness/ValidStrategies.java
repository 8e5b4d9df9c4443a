package dev.planlint.robustness;

import java.util.List;
import java.util.Random;

/**
 * Small valid strategies made from the grammar's constructs, so that the rules are fuzzed and not only the parser:
 * every one parses without an error. Everything generated is fictional (架空市, invented figures), and each file
 * says so in its first line.
 */
final class ValidStrategies {

    private static final List<String> UNITS = List.of("人", "件", "社", "%", "億円", "万人", "回", "人/ha", "ha");
    private static final List<String> DIRECTIONS = List.of("増加", "減少", "維持");
    private static final List<String> NAMES = List.of("新規雇用者数", "移住相談件数", "創業者数", "観光入込客数",
            "待機児童数", "転出者数", "健診受診率", "農業産出額", "誘致企業数", "ボランティア登録者数");
    private static final List<String> SUB_MARKS = List.of("ア", "イ", "ウ", "エ");

    private static final List<String> PLAN_TOTALS = List.of("{from}～{to}年度累計", "5年間累計", "計画期間累計",
            "期間中累計", "5年間");
    private static final List<String> SERIES = List.of("男性", "女性", "小学生", "中学生", "3歳児");

    private ValidStrategies() {
    }

    /** A baseline's date in one of the forms cities write: R6年度, R6年4月1日時点, R7.3.31, or R6 under 年次の扱い. */
    private static String baselineTime(Random random, int year, boolean kindDeclared) {
        return switch (random.nextInt(kindDeclared ? 4 : 3)) {
            case 0 -> "R" + year + "年4月1日時点";
            case 1 -> "R" + (year + 1) + ".3.31";
            case 3 -> "R" + year;
            default -> "R" + year + "年度";
        };
    }

    /** One KPI line with two series (男性79歳、女性83歳), each with its own figures. */
    private static void seriesKpi(StringBuilder text, Random random, String name, int planStart, String indent) {
        int first = random.nextInt(SERIES.size() - 1);
        List<String> labels = List.of(SERIES.get(first), SERIES.get(first + 1));
        StringBuilder baseline = new StringBuilder();
        StringBuilder target = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (String label : labels) {
            int value = 50 + random.nextInt(40);
            String separator = baseline.length() == 0 ? "" : "、";
            baseline.append(separator).append(label).append(value).append("人");
            target.append(separator).append(label).append(value + random.nextInt(11) - 3).append("人");
            actual.append(separator).append(label).append(value + random.nextInt(7) - 3).append("人");
        }
        text.append(indent).append("・").append(name).append("：現状値 ").append(baseline).append("(R")
                .append(planStart - 1).append("年度) → ").append(target).append("(R").append(planStart + 4)
                .append("年度)\n");
        text.append(indent).append("    改善方向：増加\n");
        if (random.nextBoolean()) {
            text.append(indent).append("    実績：").append(actual).append("(R").append(planStart).append("年度)\n");
        }
    }

    /** A strategy of one period: 1 to 3 goals, each with 数値目標 and measures whose KPIs and sub-measures vary. */
    static String strategy(Random random, int planStart, String predecessor) {
        StringBuilder text = new StringBuilder("# 架空の例（fuzzing 用に生成、fictional）\n");
        text.append("戦略名：架空市総合戦略 第").append(planStart).append("期（架空の例）\n");
        text.append("自治体：架空市\n");
        text.append("計画期間：R").append(planStart).append("年度～R").append(planStart + 4).append("年度")
                .append(random.nextInt(6) == 0 ? "（R" + (planStart + 5) + "年度まで1年延長）" : "").append('\n');
        if (random.nextInt(5) == 0) {
            int population = 100 + random.nextInt(100);
            text.append("人口の将来目標：令和22(2040)年の総人口").append(population - random.nextInt(30)).append("千人\n");
            int firstYear = Math.max(1, planStart - 3);
            text.append("実績：").append(population).append("千人(R").append(firstYear).append("年)、")
                    .append(population - random.nextInt(10)).append("千人(R").append(firstYear + 2).append("年)\n");
        }
        // Under 年次の扱い a baseline's year may be written without its kind.
        boolean kindDeclared = random.nextInt(4) == 0;
        if (kindDeclared) {
            text.append("年次の扱い：").append(random.nextBoolean() ? "年度" : "年").append('\n');
        }
        if (predecessor != null) {
            text.append("前期戦略：").append(predecessor).append('\n');
        }
        if (random.nextInt(4) == 0) {
            text.append("\n全体目標指標：\n");
            kpi(text, random, "市の総人口", planStart, "", kindDeclared);
        }
        int goals = 1 + random.nextInt(3);
        int name = random.nextInt(NAMES.size());
        for (int goal = 1; goal <= goals; goal++) {
            text.append("\n【基本目標").append(goal).append("】架空の目標").append(goal).append('\n');
            if (random.nextInt(5) != 0) {
                text.append("数値目標：\n");
                for (int k = 0, count = 1 + random.nextInt(2); k < count; k++) {
                    kpi(text, random, NAMES.get(name++ % NAMES.size()) + goal + k, planStart, "", kindDeclared);
                }
            }
            for (int measure = 0, count = random.nextInt(3); measure < count; measure++) {
                text.append((char) ('①' + measure)).append("架空の施策").append(goal).append(measure).append('\n');
                if (random.nextBoolean()) {
                    text.append(random.nextBoolean() ? "KPI：\n" : "重要業績評価指標（KPI）：\n");
                    kpi(text, random, "施策指標" + goal + measure, planStart, "", kindDeclared);
                }
                for (int sub = 0, subs = random.nextInt(3); sub < subs; sub++) {
                    text.append("  ").append(SUB_MARKS.get(sub)).append(" 架空の事業").append(sub).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static void kpi(StringBuilder text, Random random, String name, int planStart, String indent,
                            boolean kindDeclared) {
        if (random.nextInt(6) == 0) {
            seriesKpi(text, random, name, planStart, indent);
            return;
        }
        String unit = UNITS.get(random.nextInt(UNITS.size()));
        int most = unit.equals("%") ? 100 : 100_000;
        int baseline = 1 + random.nextInt(Math.min(most, 1000));
        int target = Math.min(most, Math.max(0, baseline + random.nextInt(401) - 150));
        boolean cumulative = !unit.equals("%") && random.nextInt(4) == 0;
        String bound = random.nextInt(5) == 0 ? (random.nextBoolean() ? "以上" : "以下") : "";
        // Now and then a new KPI without a baseline, a target written as a change or as the baseline itself.
        String baselineText = random.nextInt(8) == 0 ? "新規"
                : baseline + unit + "(" + baselineTime(random, Math.max(1, planStart - 1 - random.nextInt(2)), kindDeclared) + ")";
        int shape = random.nextInt(12);
        String targetText = shape == 0 ? (unit.equals("%") ? "5ポイント増" : "10%増")
                : shape == 1 && !cumulative ? "現状値以上" : target + unit + bound;
        text.append(indent).append("・").append(name).append("：現状値").append(baselineText).append(" → ")
                .append(targetText).append(cumulative
                        ? "(" + PLAN_TOTALS.get(random.nextInt(PLAN_TOTALS.size())).replace("{from}", "R" + planStart)
                                .replace("{to}", "R" + (planStart + 4)) + ")"
                        : "(R" + (planStart + 2 + random.nextInt(3)) + "年度)").append('\n');
        if (random.nextInt(4) != 0) {
            text.append(indent).append("    改善方向：").append(DIRECTIONS.get(random.nextInt(DIRECTIONS.size())))
                    .append('\n');
        }
        if (random.nextBoolean()) {
            text.append(indent).append("    実績：");
            for (int year = 0, years = 1 + random.nextInt(3); year < years; year++) {
                int actual = Math.min(most, Math.max(0, baseline + random.nextInt(201) - 100));
                text.append(year == 0 ? "" : "、").append(actual).append(unit).append("(")
                        .append(random.nextInt(5) == 0 ? "R" + (planStart + year) + "年10月1日現在"
                                : "R" + (planStart + year) + "年度").append(")");
            }
            text.append('\n');
        }
    }
}
