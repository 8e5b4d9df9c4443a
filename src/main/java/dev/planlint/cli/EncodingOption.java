package dev.planlint.cli;

import picocli.CommandLine.Option;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --encoding NAME}: read strategy files in another encoding than UTF-8, such as Shift_JIS. Shift_JIS is read
 * as windows-31j (CP932), the encoding Japanese Windows writes: Java's strict Shift_JIS lacks ①, ㈱ and the other
 * NEC and IBM characters that every municipal document has, and failed at the first one.
 */
final class EncodingOption {

    private static final Set<String> SHIFT_JIS_NAMES = Set.of("shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji",
            "csshiftjis");

    private Charset encoding;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Encoding of the strategy files and the actuals CSV (default UTF-8, with or without BOM), "
                    + "e.g. Shift_JIS (read as windows-31j, as Japanese Windows writes it).")
    void setEncoding(Charset chosen) {
        encoding = SHIFT_JIS_NAMES.contains(chosen.name().toLowerCase(Locale.ROOT))
                ? Charset.forName("windows-31j") : chosen;
    }

    Optional<Charset> charset() {
        return Optional.ofNullable(encoding);
    }
}
