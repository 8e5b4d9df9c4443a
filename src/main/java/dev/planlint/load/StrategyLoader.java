package dev.planlint.load;

import dev.planlint.diagnostic.SourceFile;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.InputError;
import dev.planlint.model.Located;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.parser.StrategyParsing;
import dev.planlint.validate.StrategyValidator;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a strategy file and the chain of its predecessors: bytes to text, text to model, model validated. Every
 * problem becomes a positioned diagnostic; nothing here throws for bad input.
 */
public final class StrategyLoader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Optional<Charset> declaredEncoding;
    private final ParsedFiles parsedFiles;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, SourceFile> sources = new LinkedHashMap<>();

    private StrategyLoader(Optional<Charset> declaredEncoding, ParsedFiles parsedFiles) {
        this.declaredEncoding = declaredEncoding;
        this.parsedFiles = parsedFiles;
    }

    /** Loads {@code file}, read as UTF-8 (with or without BOM), and its predecessors. */
    public static LoadResult load(Path file) {
        return load(file, Optional.empty());
    }

    /** Loads {@code file} read in {@code encoding} when given, else as UTF-8, and its predecessors. */
    public static LoadResult load(Path file, Optional<Charset> encoding) {
        return load(file, encoding, new ParsedFiles());
    }

    /** As {@link #load(Path, Optional)}, reusing the files of this run that {@code parsedFiles} has already read. */
    public static LoadResult load(Path file, Optional<Charset> encoding, ParsedFiles parsedFiles) {
        StrategyLoader loader = new StrategyLoader(encoding, parsedFiles);
        Optional<LoadedStrategy> loaded = loader.loadChain(file, file.toString(), new ArrayList<>(), Optional.empty());
        return new LoadResult(loaded, loader.diagnostics, loader.sources);
    }

    /**
     * Loads {@code text}, the content of {@code file} as an editor holds it (saved or not, the file need not
     * exist), and the predecessors it names, read from disk relative to {@code file}.
     */
    public static LoadResult loadText(Path file, String text, Optional<Charset> encoding) {
        return loadText(file, text, encoding, new ParsedFiles());
    }

    /** As {@link #loadText(Path, String, Optional)}, the predecessors taken from {@code parsedFiles} where it has them. */
    public static LoadResult loadText(Path file, String text, Optional<Charset> encoding, ParsedFiles parsedFiles) {
        StrategyLoader loader = new StrategyLoader(encoding, parsedFiles);
        String displayName = file.toString();
        Path realPath;
        try {
            realPath = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        } catch (IOException unresolvable) {
            realPath = file.toAbsolutePath().normalize();
        }
        Optional<LoadedStrategy> loaded = loader.loadParsed(file, displayName, realPath, List.of(),
                loader.parsedText(text, displayName));
        return new LoadResult(loaded, loader.diagnostics, loader.sources);
    }

    private ParsedFiles.Parsed parsedText(String text, String displayName) {
        StrategyLoader own = new StrategyLoader(declaredEncoding, parsedFiles);
        Optional<SourceFile> source = Optional.of(new SourceFile(displayName, withUnixLineEnds(text)))
                .filter(read -> own.checkText(read, new SourcePosition(displayName, 1, 1)));
        Optional<Strategy> strategy = source.flatMap(own::parseAndValidate);
        return new ParsedFiles.Parsed(source, List.copyOf(own.diagnostics), strategy);
    }

    private Optional<LoadedStrategy> loadChain(Path file, String displayName, List<Path> successors,
                                               Optional<SourcePosition> citedAt) {
        SourcePosition start = new SourcePosition(displayName, 1, 1);
        SourcePosition blame = citedAt.orElse(start);
        Optional<Path> realPath = checkFile(file, displayName, blame);
        if (realPath.isEmpty()) {
            return Optional.empty();
        }
        if (!successors.isEmpty() && !realPath.get().startsWith(successors.get(0).getParent())) {
            error(blame, "file.outsideProject", displayName, successors.get(0).getParent().toString());
            return Optional.empty();
        }
        if (successors.contains(realPath.get())) {
            error(blame, "file.predecessorLoop", displayName);
            return Optional.empty();
        }
        if (successors.size() > Limits.MAX_PREDECESSOR_CHAIN) {
            error(blame, "file.chainTooLong", String.valueOf(Limits.MAX_PREDECESSOR_CHAIN));
            return Optional.empty();
        }
        ParsedFiles.Parsed parsed = parsedFiles.parse(realPath.get(), displayName,
                () -> readAndParse(realPath.get(), displayName));
        return loadParsed(file, displayName, realPath.get(), successors, parsed);
    }

    /** A file read and parsed, then the predecessor it names. */
    private Optional<LoadedStrategy> loadParsed(Path file, String displayName, Path realPath, List<Path> successors,
                                                ParsedFiles.Parsed parsed) {
        diagnostics.addAll(parsed.diagnostics());
        parsed.source().ifPresent(text -> sources.put(displayName, text));
        Optional<SourceFile> source = parsed.source();
        Optional<Strategy> strategy = parsed.strategy();
        if (source.isEmpty() || strategy.isEmpty()) {
            return Optional.empty();
        }
        List<Path> chain = new ArrayList<>(successors);
        chain.add(realPath);
        Optional<LoadedStrategy> predecessor = predecessor(strategy.get(), file, chain);
        boolean predecessorMissing = strategy.get().predecessorFile().isPresent() && predecessor.isEmpty();
        return predecessorMissing ? Optional.empty()
                : Optional.of(new LoadedStrategy(source.get(), strategy.get(), predecessor));
    }

    /** Reading, parsing and validating, with problems of their own: the result is shared by every load of the run. */
    private ParsedFiles.Parsed readAndParse(Path realPath, String displayName) {
        StrategyLoader own = new StrategyLoader(declaredEncoding, parsedFiles);
        Optional<SourceFile> source = own.read(realPath, displayName);
        Optional<Strategy> strategy = source.flatMap(own::parseAndValidate);
        return new ParsedFiles.Parsed(source, List.copyOf(own.diagnostics), strategy);
    }

    private Optional<Path> checkFile(Path file, String displayName, SourcePosition blame) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            error(blame, isLinkLoop(file) ? "file.symlinkLoop" : "file.missing", displayName);
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            error(blame, "file.missing", displayName);
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            error(blame, "file.directory", displayName);
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            // A FIFO would block forever and /dev/zero never ends: neither is opened.
            error(blame, "file.notRegular", displayName);
            return Optional.empty();
        }
        try {
            return Optional.of(file.toRealPath());
        } catch (IOException unreadable) {
            error(blame, "file.unreadable", displayName, InputFile.reason(unreadable));
            return Optional.empty();
        }
    }

    private static boolean isLinkLoop(Path link) {
        try {
            link.toRealPath();
            return false;
        } catch (FileSystemException loop) {
            return String.valueOf(loop.getReason()).contains("symbolic links");
        } catch (IOException other) {
            return false;
        }
    }

    private Optional<SourceFile> read(Path file, String displayName) {
        SourcePosition start = new SourcePosition(displayName, 1, 1);
        try {
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                error(start, "file.tooLarge", displayName, String.valueOf(Limits.MAX_FILE_BYTES / 1024 / 1024));
                return Optional.empty();
            }
            return decode(InputFile.read(file, displayName, Limits.MAX_FILE_BYTES), displayName)
                    .filter(source -> checkText(source, start));
        } catch (InputError refused) {
            diagnostics.add(refused.diagnostic());
            return Optional.empty();
        } catch (IOException unreadable) {
            error(start, "file.unreadable", displayName, InputFile.reason(unreadable));
            return Optional.empty();
        }
    }

    private Optional<SourceFile> decode(byte[] bytes, String displayName) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            error(positionOfByte(bytes, nul, displayName), "file.binary", displayName);
            return Optional.empty();
        }
        Charset charset = declaredEncoding.orElse(StandardCharsets.UTF_8);
        byte[] content = withoutBom(bytes);
        Optional<String> text = TextDecoding.decode(content, charset);
        if (text.isPresent()) {
            return Optional.of(new SourceFile(displayName, withUnixLineEnds(text.get())));
        }
        SourcePosition bad = positionAfter(TextDecoding.validPrefix(content, charset), displayName);
        boolean looksShiftJis = declaredEncoding.isEmpty()
                && TextDecoding.decode(content, TextDecoding.SHIFT_JIS).isPresent();
        error(bad, looksShiftJis ? "file.shiftJis" : "file.notDecodable", displayName, charset.name());
        return Optional.empty();
    }

    private boolean checkText(SourceFile source, SourcePosition start) {
        if (source.text().isBlank()) {
            error(start, "file.empty", source.displayName());
            return false;
        }
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > Limits.MAX_LINE_CHARS) {
                error(new SourcePosition(source.displayName(), i + 1, Limits.MAX_LINE_CHARS + 1), "file.lineTooLong",
                        String.valueOf(Limits.MAX_LINE_CHARS));
                return false;
            }
        }
        return true;
    }

    private Optional<Strategy> parseAndValidate(SourceFile source) {
        StrategyParsing.Result parsed = StrategyParsing.parse(source.displayName(), source.text());
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return Optional.empty();
        }
        List<Diagnostic> problems = StrategyValidator.validate(parsed.strategy().orElseThrow());
        diagnostics.addAll(problems);
        return problems.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : parsed.strategy();
    }

    /** The predecessor's path is written relative to the file that names it. */
    private Optional<LoadedStrategy> predecessor(Strategy strategy, Path file, List<Path> chain) {
        Optional<Located<String>> named = strategy.predecessorFile();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Path relative;
        try {
            relative = file.getParent() == null ? Path.of(named.get().value())
                    : file.getParent().resolve(named.get().value()).normalize();
        } catch (java.nio.file.InvalidPathException notNameable) {
            // Under LANG=C Java cannot name a Japanese file; one file's error, not the batch's end.
            error(named.get().position(), "file.nameNotEncodable", named.get().value(),
                    String.valueOf(System.getProperty("sun.jnu.encoding")));
            return Optional.empty();
        }
        // The predecessor is named as the user would name it, from the directory the first file was given in,
        // so that its own predecessor is named that way too.
        return loadChain(relative, relative.toString(), chain, Optional.of(named.get().position()));
    }

    private void error(SourcePosition position, String code, Object... arguments) {
        diagnostics.add(Diagnostic.error(position, code, arguments));
    }

    /** Lines end in CR LF, LF or a lone CR; each is one line end, so that line numbers agree with editors. */
    private static String withUnixLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] withoutBom(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
        return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static SourcePosition positionOfByte(byte[] bytes, int index, String displayName) {
        String before = new String(bytes, 0, index, StandardCharsets.UTF_8);
        return positionAfter(before, displayName);
    }

    static SourcePosition positionAfter(String text, String displayName) {
        int line = 1;
        int lineStart = 0;
        // A line ends at LF, CR LF or a lone CR, as the lexer ends it, so the line is the one the parser would name.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(displayName, line, text.codePointCount(lineStart, text.length()) + 1);
    }
}
