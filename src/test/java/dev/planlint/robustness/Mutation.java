package dev.planlint.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One change a fuzzer makes to a file's bytes. Positions are taken modulo the length, so every mutation applies. */
sealed interface Mutation {

    byte[] apply(byte[] input);

    /** Tokens of the language, so that insertions reach deeper than the lexer. */
    List<String> VOCABULARY = List.of("【基本目標1】", "①", "ア", "(1)", "1.", "(ア)", "・", "：", "→", "(", ")", "（", "）", "R6年度", "H30年",
            "令和12(2030)年", "累計", "平均", "以上", "以下", "万", "億", "千", "人", "%", "～", "数値目標：", "現状値",
            "改善方向：増加", "実績：", "前期指標：継続", "前期指標：置換：", "廃止指標：", "抑制：", "（再掲）",
            "計画期間：", "前期戦略：", "#", "\n", "\r\n", "\t", "　", "1,234", "0", "-5", "99999999999999999999999999999999");

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
