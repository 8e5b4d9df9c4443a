package dev.planlint.cli;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.diagnostic.SourceFile;
import dev.planlint.fmt.Formatter;
import dev.planlint.fmt.UnifiedDiff;
import dev.planlint.load.InputFile;
import dev.planlint.load.Limits;
import dev.planlint.load.StrategyFiles;
import dev.planlint.render.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code planlint fmt FILE…}: lays strategies out in the one canonical form, in place, or checks that they are. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Lay strategy files out in one canonical form, written back in place (atomically).",
                "Indentation, the colon and arrow forms, spacing, blank lines and the order of a target's attributes"
                        + " change; names, figures, units, dates and comments never do. A file that does not parse is"
                        + " left as it is.",
                "戦略ファイルを一つの標準の体裁に整えて書き戻す。名称・数値・単位・日付・コメントは変えない。"},
        footer = FmtCommand.HELP)
final class FmtCommand implements Callable<Integer> {

    static final String HELP = "%nExit codes:%n"
            + "  0  every file is formatted (or has been written formatted)%n"
            + "  1  with --check: some files would change (they are listed)%n"
            + "  2  a file does not parse or cannot be read or written (file:line:column); it is left unchanged%n";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String STANDARD_INPUT = "-";

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Strategy files or directories (every *.strategy below); - reads standard input and writes"
                    + " the formatted text to standard output.")
    private List<String> arguments;

    @Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if any.")
    private boolean check;

    @Option(names = "--diff", description = "Write nothing; print what would change as a unified diff.")
    private boolean diff;

    @Mixin
    private LanguageOption language;

    private boolean invalid;
    private final List<String> changed = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> files = StrategyFiles.expand(arguments.stream().filter(a -> !a.equals(STANDARD_INPUT))
                .map(Path::of).toList());
        if (arguments.contains(STANDARD_INPUT)) {
            formatStandardInput();
        }
        files.forEach(this::formatFile);
        PrintWriter out = spec.commandLine().getOut();
        if (check) {
            changed.forEach(out::println);
        }
        out.flush();
        if (invalid) {
            return ExitCodes.INVALID;
        }
        return check && !changed.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private void formatStandardInput() {
        String text;
        try {
            text = readAll(System.in);
        } catch (IOException unreadable) {
            report(Diagnostic.error(new dev.planlint.model.SourcePosition(STANDARD_INPUT, 1, 1), "file.unreadable",
                    STANDARD_INPUT, InputFile.reason(unreadable)), Optional.empty());
            return;
        }
        Optional<String> formatted = format(STANDARD_INPUT, text);
        if (formatted.isEmpty()) {
            return;
        }
        if (!formatted.get().equals(text)) {
            changed.add(STANDARD_INPUT);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (diff) {
            out.print(UnifiedDiff.between(STANDARD_INPUT, text, formatted.get()));
        } else if (!check) {
            out.print(formatted.get());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void formatFile(Path file) {
        String name = file.toString();
        byte[] bytes;
        String text;
        try {
            bytes = InputFile.read(file, Limits.MAX_FILE_BYTES);
            text = InputFile.readUtf8(file, Limits.MAX_FILE_BYTES);
        } catch (InputError unreadable) {
            report(unreadable.diagnostic(), Optional.empty());
            return;
        }
        Optional<String> formatted = format(name, text);
        if (formatted.isEmpty() || formatted.get().equals(text)) {
            return;
        }
        changed.add(name);
        if (diff) {
            spec.commandLine().getOut().print(UnifiedDiff.between(name, text, formatted.get()));
        }
        if (check || diff) {
            return;
        }
        boolean bom = startsWithBom(bytes);
        try {
            AtomicFile.write(file, out -> {
                if (bom) {
                    out.write(UTF8_BOM);
                }
                out.write(formatted.get().getBytes(StandardCharsets.UTF_8));
            });
        } catch (IOException unwritable) {
            report(Diagnostic.error(new dev.planlint.model.SourcePosition(name, 1, 1), "output.failed",
                    InputFile.reason(unwritable)), Optional.empty());
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private Optional<String> format(String name, String text) {
        Formatter.Result result = Formatter.format(name, text);
        if (result.formatted().isEmpty()) {
            SourceFile source = new SourceFile(name, text);
            result.errors().forEach(error -> report(error, Optional.of(source)));
        }
        return result.formatted();
    }

    private void report(Diagnostic diagnostic, Optional<SourceFile> source) {
        invalid = true;
        Map<String, SourceFile> sources = source.map(s -> Map.of(s.displayName(), s)).orElse(Map.of());
        new DiagnosticPrinter(language.locale(), sources).print(diagnostic, spec.commandLine().getErr());
    }
}
