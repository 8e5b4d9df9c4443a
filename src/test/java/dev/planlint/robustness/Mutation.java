package dev.planlint.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** One change a fuzzer makes to a file's bytes. Positions are taken modulo the length, so every mutation applies. */
sealed interface Mutation {

    byte[] apply(byte[] input);

    /** Tokens of the language, so that insertions reach deeper than the lexer. */
    List<String> VOCABULARY = List.of("年次の扱い：", "時点", "現在", "年4月1日", "R7.3.31", "2025-03-31", "5年間累計", "計画期間累計", "（令和2年度まで1年延長）",
            "まで延長", "男性", "、女性", "3歳児", "の総人口", "人口の将来目標：", "【基本目標1】", "①", "ア", "(1)", "1.", "(ア)", "・", "：", "→", "(", ")", "（", "）", "R6年度", "H30年",
            "令和12(2030)年", "累計", "平均", "以上", "以下", "万", "億", "千", "人", "%", "～", "数値目標：", "現状値",
            "改善方向：増加", "実績：", "前期指標：継続", "前期指標：置換：", "廃止指標：", "抑制：", "（再掲）",
            "計画期間：", "前期戦略：", "#", "\n", "\r\n", "\t", "　", "1,234", "0", "-5", "99999999999999999999999999999999",
            "新規", "なし", "－", "―", "4.0%減少", "10%増", "5ポイント増", "1.2倍", "約", "程度", "現状値以上", "現状維持",
            "増加", "減少", "増減：", "+557人");

    /** Tokens of the configuration and baseline files' JSON. */
    List<String> JSON_VOCABULARY = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "null", "true",
            "1e99999999", "-1", "0.5", "1000.00000000001", "\"scheme\"", "\"thresholds\"", "\"severities\"",
            "\"off\"", "\"rule\"", "\"findings\"", "\"line\"", "\"subject\"", "//", "/*", "\n", "\uFEFF", "'");

    /** Tokens of the actuals CSV. */
    List<String> CSV_VOCABULARY = List.of(",", "\"", "\"\"", "\n", "\r\n", "kpi", "date", "value", "unit", "R6年度",
            "令和0年度", "H00年", "-5", "1e9", "130万", "人", "%", "120%", "創業者数", " ", "　", "\uFEFF");

    /** Runs of one token that stress what grows with repetition. */
    List<String> LONG_RUNS = List.of("（", "【", "1", "あ", "・", "→", "(再掲", "万", "1千", ",", "\"", "[", "{");

    /** One to five mutations chosen with {@code random}, for fuzzers that run outside jqwik. */
    static List<Mutation> random(Random random, List<String> vocabulary) {
        List<Mutation> mutations = new java.util.ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(5); i < count; i++) {
            int at = random.nextInt(20_000);
            mutations.add(switch (random.nextInt(7)) {
                case 0 -> new Delete(at, 1 + random.nextInt(200));
                case 1, 2 -> new Insert(at, vocabulary.get(random.nextInt(vocabulary.size())));
                case 3 -> new SwapLines(at, random.nextInt(20_000));
                case 4 -> new Truncate(at);
                case 5 -> {
                    byte[] bytes = new byte[1 + random.nextInt(16)];
                    random.nextBytes(bytes);
                    yield new RandomBytes(at, bytes);
                }
                default -> random.nextBoolean() ? new RepeatLine(at, 1 + random.nextInt(2_000))
                        : new LongRun(at, LONG_RUNS.get(random.nextInt(LONG_RUNS.size())), 100 + random.nextInt(4_900));
            });
        }
        return mutations;
    }

    static byte[] applyAll(List<Mutation> mutations, byte[] input) {
        byte[] bytes = input;
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        return bytes;
    }

    record Delete(int at, int length) implements Mutation {
        public byte[] apply(byte[] input) {
            if (input.length == 0) {
                return input;
            }
            int start = Math.floorMod(at, input.length);
            int end = Math.min(input.length, start + length);
            return concat(Arrays.copyOfRange(input, 0, start), Arrays.copyOfRange(input, end, input.length));
        }
    }

    record Insert(int at, String token) implements Mutation {
        public byte[] apply(byte[] input) {
            int position = input.length == 0 ? 0 : Math.floorMod(at, input.length + 1);
            return concat(Arrays.copyOfRange(input, 0, position), token.getBytes(StandardCharsets.UTF_8),
                    Arrays.copyOfRange(input, position, input.length));
        }
    }

    record SwapLines(int first, int second) implements Mutation {
        public byte[] apply(byte[] input) {
            String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
            int a = Math.floorMod(first, lines.length);
            int b = Math.floorMod(second, lines.length);
            String swap = lines[a];
            lines[a] = lines[b];
            lines[b] = swap;
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
    }

    record Truncate(int at) implements Mutation {
        public byte[] apply(byte[] input) {
            return input.length == 0 ? input : Arrays.copyOf(input, Math.floorMod(at, input.length));
        }
    }

    record RandomBytes(int at, byte[] bytes) implements Mutation {
        public byte[] apply(byte[] input) {
            return new Insert(at, "").apply(input).length == input.length
                    ? concat(Arrays.copyOfRange(input, 0, position(input)), bytes,
                    Arrays.copyOfRange(input, position(input), input.length))
                    : input;
        }

        private int position(byte[] input) {
            return input.length == 0 ? 0 : Math.floorMod(at, input.length + 1);
        }

        @Override
        public String toString() {
            return "RandomBytes[at=" + at + ", bytes=" + Arrays.toString(bytes) + "]";
        }
    }

    record RepeatLine(int line, int times) implements Mutation {
        public byte[] apply(byte[] input) {
            String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
            int chosen = Math.floorMod(line, lines.length);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                text.append(lines[i]).append('\n');
                if (i == chosen) {
                    text.append((lines[i] + "\n").repeat(times));
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    record LongRun(int at, String unit, int times) implements Mutation {
        public byte[] apply(byte[] input) {
            return new Insert(at, unit.repeat(times)).apply(input);
        }

        @Override
        public String toString() {
            return "LongRun[at=" + at + ", unit=" + unit + ", times=" + times + "]";
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
