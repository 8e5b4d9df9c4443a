package dev.planlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic strategies for the benchmark: FICTIONAL municipalities (架空市0001, …) with 4 basic goals of 3 or
 * 4 numeric targets (数値目標) and 3 to 5 measures with 3 or 4 KPIs each (重要業績評価指標 capped at 15 KPIs a goal), and
 * ten years of actual values per KPI, so that 1,800 strategies hold about 100,000 KPIs and 1,000,000 actuals. The same count gives the same files, byte for byte: municipality {@code n} is drawn
 * from a random generator seeded with {@code n}, so the first 180 of 1,800 are the 180 of a run of 180.
 *
 * <p>The mix is meant to exercise every target-design and progress rule under the default scheme: most targets are
 * well made and on track; a few ask for a decline, equal their baseline, ask for too little, start from a stale
 * baseline, end before the period, lack a direction, are already met or behind, miss a year of actuals.
 *
 * <p>Usage: {@code StrategyGenerator DIR COUNT}
 */
public final class StrategyGenerator {

    /** The plan period of every generated strategy: 令和3年度～令和7年度. */
    static final int PLAN_FROM = 2021;
    static final int PLAN_TO = 2025;
    /** The date the benchmark judges progress at: every plan year, and so every actual, has ended. */
    static final String AS_OF = "2026-11-29";

    private record Indicator(String name, String unit, double magnitude, int decimals, Kind kind) {
    }

    private enum Kind { RISING, FALLING, CUMULATIVE, FLOOR, CEILING }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("製造品出荷額", "億円", 1200, 1, Kind.RISING),
            new Indicator("製造業粗付加価値額", "億円", 480, 1, Kind.RISING),
            new Indicator("延べ宿泊客数", "人泊", 900000, 0, Kind.RISING),
            new Indicator("観光入込客数", "人", 2500000, 0, Kind.RISING),
            new Indicator("創業者数", "人", 60, 0, Kind.CUMULATIVE),
            new Indicator("企業誘致件数", "件", 4, 0, Kind.CUMULATIVE),
            new Indicator("新規就農者数", "人", 12, 0, Kind.CUMULATIVE),
            new Indicator("漁業生産額", "億円", 210, 1, Kind.RISING),
            new Indicator("農業産出額", "億円", 340, 1, Kind.RISING),
            new Indicator("商店街の空き店舗数", "件", 80, 0, Kind.FALLING),
            new Indicator("有効求人倍率", "倍", 1.1, 2, Kind.RISING),
            new Indicator("市内就職率", "%", 42, 1, Kind.RISING),
            new Indicator("港湾取扱貨物量", "トン", 15000000, 0, Kind.RISING),
            new Indicator("道の駅売上額", "億円", 3.2, 1, Kind.RISING),
            new Indicator("ふるさと納税寄附件数", "件", 52000, 0, Kind.RISING),
            new Indicator("転入者数", "人", 5200, 0, Kind.RISING),
            new Indicator("転出者数", "人", 6100, 0, Kind.FALLING),
            new Indicator("人口の社会減", "人", 980, 0, Kind.FALLING),
            new Indicator("移住相談件数", "件", 420, 0, Kind.RISING),
            new Indicator("空き家バンク成約件数", "件", 25, 0, Kind.CUMULATIVE),
            new Indicator("長期滞在者数", "人", 2000, 0, Kind.CUMULATIVE),
            new Indicator("地元大学卒業生の市内就職者数", "人", 310, 0, Kind.RISING),
            new Indicator("UIJターン就職者数", "人", 45, 0, Kind.CUMULATIVE),
            new Indicator("関係人口登録者数", "人", 1500, 0, Kind.RISING),
            new Indicator("婚姻件数", "件", 820, 0, Kind.RISING),
            new Indicator("出生数", "人", 1100, 0, Kind.RISING),
            new Indicator("高校卒業者の地元就職率", "%", 38, 1, Kind.RISING),
            new Indicator("待機児童数", "人", 15, 0, Kind.CEILING),
            new Indicator("子育て支援センター利用者数", "人", 5200, 0, Kind.RISING),
            new Indicator("保育所入所率", "%", 96, 1, Kind.FLOOR),
            new Indicator("子育てしやすいと感じる市民の割合", "%", 55, 1, Kind.RISING),
            new Indicator("放課後児童クラブ登録児童数", "人", 1900, 0, Kind.RISING),
            new Indicator("乳幼児健診受診率", "%", 95, 1, Kind.FLOOR),
            new Indicator("不登校児童生徒数", "人", 310, 0, Kind.FALLING),
            new Indicator("全国学力調査の平均正答率", "%", 62, 1, Kind.RISING),
            new Indicator("図書館利用者数", "人", 410000, 0, Kind.RISING),
            new Indicator("特定健診受診率", "%", 31, 1, Kind.RISING),
            new Indicator("健康寿命", "年", 79.5, 1, Kind.RISING),
            new Indicator("救急搬送時間", "分", 38, 1, Kind.CEILING),
            new Indicator("刑法犯認知件数", "件", 1400, 0, Kind.FALLING),
            new Indicator("交通事故死傷者数", "人", 520, 0, Kind.FALLING),
            new Indicator("自主防災組織の組織率", "%", 68, 1, Kind.RISING),
            new Indicator("市街地の人口密度", "人/ha", 41, 1, Kind.FLOOR),
            new Indicator("公共交通の利用者数", "人", 6200000, 0, Kind.RISING),
            new Indicator("居住誘導区域の人口の割合", "%", 88, 1, Kind.FLOOR),
            new Indicator("ごみの排出量", "トン", 62000, 0, Kind.FALLING),
            new Indicator("リサイクル率", "%", 21, 1, Kind.RISING),
            new Indicator("温室効果ガス排出量", "トン", 1800000, 0, Kind.FALLING),
            new Indicator("再生可能エネルギー導入量", "kW", 42000, 0, Kind.RISING),
            new Indicator("市民活動団体の登録数", "件", 260, 0, Kind.RISING),
            new Indicator("ボランティア登録者数", "人", 3800, 0, Kind.RISING),
            new Indicator("住み続けたいと思う市民の割合", "%", 71, 1, Kind.RISING),
            new Indicator("行政手続のオンライン化率", "%", 35, 1, Kind.RISING),
            new Indicator("高齢者の就業率", "%", 24, 1, Kind.RISING),
            new Indicator("要介護認定率", "%", 19.5, 1, Kind.CEILING),
            new Indicator("女性の就業率", "%", 51, 1, Kind.RISING),
            new Indicator("外国人住民数", "人", 820, 0, Kind.RISING),
            new Indicator("スポーツ実施率", "%", 48, 1, Kind.RISING),
            new Indicator("文化施設の入館者数", "人", 180000, 0, Kind.RISING),
            new Indicator("森林整備面積", "ha", 1300, 0, Kind.CUMULATIVE),
            new Indicator("水道管の耐震化率", "%", 43, 1, Kind.RISING),
            new Indicator("空き家数", "件", 2400, 0, Kind.FALLING));

    private static final String[] GOALS = {
            "地域の産業を伸ばし、安定した雇用を創出する",
            "新しいひとの流れをつくり、関係人口を拡大する",
            "結婚・出産・子育ての希望をかなえる",
            "安心して暮らし続けられる魅力的な地域をつくる"};

    private static final String[] MEASURES = {
            "地域産業の競争力強化", "創業・事業承継の支援", "観光による交流人口の拡大", "移住・定住の促進",
            "子育て支援の充実", "教育環境の充実", "健康づくりの推進", "防災・減災の推進",
            "コンパクトなまちづくり", "地域公共交通の確保", "デジタル化の推進", "脱炭素の推進"};

    private static final String[] SUB_MEASURES = {"ア", "イ", "ウ", "エ"};
    private static final String[] MEASURE_NUMBERS = {"①", "②", "③", "④", "⑤", "⑥"};

    private StrategyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Path> written = write(directory, count);
        long bytes = 0;
        for (Path file : written) {
            bytes += Files.size(file);
        }
        System.out.printf("%d strategies, %.1f MB in %s%n", written.size(), bytes / 1e6, directory);
    }

    /** Writes strategies 1 to {@code count} into {@code directory} (replacing what is there); returns the files. */
    public static List<Path> write(Path directory, int count) throws IOException {
        Files.createDirectories(directory);
        try (var old = Files.list(directory)) {
            for (Path file : old.filter(path -> path.toString().endsWith(".strategy")).toList()) {
                Files.delete(file);
            }
        }
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Path file = directory.resolve(String.format("fictional-%04d.strategy", n));
            Files.writeString(file, strategy(n), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The text of municipality {@code n}. */
    public static String strategy(int n) {
        Random random = new Random(n);
        StringBuilder out = new StringBuilder(24_000);
        String town = String.format("架空市%04d", n);
        out.append("# FICTIONAL — generated by planlint's benchmark (src/test/java/dev/planlint/bench). ")
                .append(town).append(" is not a real municipality; every figure is random.\n\n");
        out.append("戦略名：第2期").append(town).append("まち・ひと・しごと創生総合戦略（架空）\n");
        out.append("自治体：").append(town).append('\n');
        out.append("計画期間：令和3年度～令和7年度\n");
        out.append("状態：策定\n\n");
        List<Indicator> pool = new ArrayList<>(INDICATORS);
        Collections.shuffle(pool, random);
        int next = 0;
        for (int goal = 1; goal <= GOALS.length; goal++) {
            out.append("【基本目標").append(goal).append("】").append(GOALS[goal - 1]).append('\n');
            out.append("数値目標：\n");
            // As in published strategies, a measure's KPIs (重要業績評価指標) outnumber the goal's own targets.
            int budget = pool.size() / GOALS.length;
            int kpis = 3 + random.nextInt(2);
            for (int k = 0; k < kpis; k++) {
                kpi(out, pool.get(next++), random);
            }
            budget -= kpis;
            out.append('\n');
            int measures = 3 + random.nextInt(3);
            for (int m = 0; m < measures; m++) {
                out.append(MEASURE_NUMBERS[m]).append(MEASURES[(goal * 3 + m) % MEASURES.length]).append('\n');
                int measureKpis = Math.min(budget, 3 + random.nextInt(2));
                if (measureKpis > 0) {
                    out.append("重要業績評価指標（KPI）：\n");
                }
                for (int k = 0; k < measureKpis; k++) {
                    kpi(out, pool.get(next++), random);
                }
                budget -= measureKpis;
                int subs = 1 + random.nextInt(SUB_MEASURES.length);
                for (int s = 0; s < subs; s++) {
                    out.append("  ").append(SUB_MEASURES[s]).append(' ').append(MEASURES[(goal + m + s) % MEASURES.length])
                            .append("に向けた取組").append(s + 1).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void kpi(StringBuilder out, Indicator indicator, Random random) {
        double scale = indicator.unit().equals("%") ? 0.8 + random.nextDouble() * 0.2 : 0.5 + random.nextDouble();
        double baseline = indicator.magnitude() * scale;
        int baselineYear = random.nextInt(20) == 0 ? 2016 : 2019 + random.nextInt(2);
        int targetRoll = random.nextInt(25);
        int targetYear = targetRoll == 0 ? 2024 : targetRoll == 1 ? 2027 : PLAN_TO;
        double roll = random.nextDouble();
        String direction;
        String target;
        // The path the actuals follow from the baseline: the share of the way to the target reached by its year.
        double reach = 0.4 + random.nextDouble() * 1.0;
        double end;
        switch (indicator.kind()) {
            case RISING -> {
                direction = "増加";
                double change = roll < 0.04 ? -0.05 : roll < 0.07 ? 0 : roll < 0.12 ? 0.01 : 0.05 + random.nextDouble() * 0.2;
                end = baseline * (1 + change);
                target = figure(end, indicator) + "(" + fiscalYear(targetYear) + ")";
            }
            case FALLING -> {
                direction = "減少";
                double change = roll < 0.04 ? 0.05 : roll < 0.07 ? 0 : roll < 0.12 ? -0.01 : -0.05 - random.nextDouble() * 0.2;
                end = baseline * (1 + change);
                target = figure(end, indicator) + "(" + fiscalYear(targetYear) + ")";
            }
            case CUMULATIVE -> {
                direction = "増加";
                double years = PLAN_TO - PLAN_FROM + 1;
                double perYear = roll < 0.08 ? baseline * 0.8 : baseline * (1 + random.nextDouble() * 0.3);
                end = perYear * years;
                target = figure(end, indicator) + "(R3～R7年度累計)";
            }
            case FLOOR -> {
                direction = "維持";
                end = roll < 0.3 ? baseline * 0.98 : baseline * 1.02;
                target = figure(end, indicator) + "以上(" + fiscalYear(targetYear) + "末)";
            }
            default -> {
                direction = "維持";
                end = roll < 0.3 ? baseline * 1.02 : baseline * 0.98;
                target = figure(end, indicator) + "以下(" + fiscalYear(targetYear) + "末)";
            }
        }
        boolean yearEnd = indicator.kind() == Kind.FLOOR || indicator.kind() == Kind.CEILING;
        out.append("・").append(indicator.name()).append("：現状値").append(figure(baseline, indicator))
                .append("(").append(fiscalYear(baselineYear)).append(yearEnd ? "末" : "").append(") → ")
                .append(target).append('\n');
        if (random.nextInt(30) != 0) {
            out.append("    改善方向：").append(direction).append('\n');
        }
        // Ten years of actuals, 2016 to 2025; one target in twenty misses a plan year.
        int missing = random.nextInt(20) == 0 ? PLAN_FROM + 1 + random.nextInt(3) : 0;
        out.append("    実績：");
        boolean first = true;
        for (int year = 2016; year <= PLAN_TO; year++) {
            if (year == missing) {
                continue;
            }
            double value;
            if (indicator.kind() == Kind.CUMULATIVE) {
                double perYear = baseline * (year >= PLAN_FROM ? reach * 1.1 : 1) * (0.9 + random.nextDouble() * 0.2);
                value = perYear;
            } else {
                double share = Math.max(0, (year - baselineYear) / (double) Math.max(1, targetYear - baselineYear));
                value = baseline + (end - baseline) * share * reach + baseline * 0.01 * random.nextGaussian();
                if (value <= 0) {
                    value = baseline * 0.5;
                }
            }
            if (!first) {
                out.append('、');
            }
            first = false;
            out.append(figure(value, indicator)).append('(').append(fiscalYear(year)).append(yearEnd ? "末" : "")
                    .append(')');
        }
        out.append('\n');
    }

    private static String figure(double value, Indicator indicator) {
        if (indicator.unit().equals("%")) {
            value = Math.min(value, 99.9);
        }
        String number = indicator.decimals() == 0
                ? String.format("%,d", Math.max(1, Math.round(value)))
                : String.format("%." + indicator.decimals() + "f", Math.max(0.01, value));
        return number + indicator.unit();
    }

    private static String fiscalYear(int year) {
        if (year <= 2018) {
            return "H" + (year - 1988) + "年度";
        }
        return year == 2019 ? "R元年度" : "R" + (year - 2018) + "年度";
    }
}
