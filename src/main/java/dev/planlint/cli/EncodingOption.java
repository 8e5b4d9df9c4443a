package dev.planlint.cli;

import picocli.CommandLine.Option;

import java.nio.charset.Charset;
import java.util.Optional;

/** {@code --encoding NAME}: read strategy files in another encoding than UTF-8, such as Shift_JIS. */
final class EncodingOption {

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Encoding of the strategy files (default UTF-8, with or without BOM), e.g. Shift_JIS.")
    private Charset encoding;

    Optional<Charset> charset() {
        return Optional.ofNullable(encoding);
    }
}
