package dev.planlint.lsp;

import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.fmt.Formatter;
import dev.planlint.load.LoadResult;
import dev.planlint.load.ParsedFiles;
import dev.planlint.load.StrategyLoader;
import dev.planlint.model.Kpi;
import dev.planlint.model.Strategy;
import dev.planlint.render.KpiCard;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code planlint lsp}: the open strategies checked as the editor holds them, by the same {@link Checker} as
 * {@code planlint check}, formatted by the same {@link Formatter} as {@code planlint fmt}, and outlined from the
 * same model. Documents are synchronized whole; each change is checked at once (a check of a draft takes
 * milliseconds once the rule base is built), on the answering thread: changes that arrive while a document is
 * checked coalesce, and only its newest text is checked next, so diagnostics never lag behind a fast typist.
 */
final class PlanlintLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService,
        WorkspaceService {

    private final Checker checker;
    /** The open documents as the editor last sent them: replaced whole by each change, on the input thread. */
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    /**
     * The documents changed since their check was scheduled. A change of a document already here schedules nothing:
     * its check, when it runs, checks the newest text, so a fast typist's changes coalesce into one check.
     */
    private final java.util.Set<String> unchecked = ConcurrentHashMap.newKeySet();
    /** The previous periods' files as saved, parsed once until they change on disk (not at every keystroke). */
    private final ParsedFiles savedFiles = ParsedFiles.untilChanged();
    private final java.util.concurrent.atomic.AtomicInteger checksRun = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    /** The previous period's KPI names as of the document's last check that loaded it: a line being typed breaks it. */
    private final Map<String, List<String>> previousKpis = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile Locale locale = Locale.ENGLISH;
    private volatile boolean shutDown;
    /**
     * Requests are answered, and documents checked, on one long-lived thread, in order (a request sees the checks
     * of the changes sent before it): never on a pool's short-lived threads, whose end a piped connection takes for
     * the connection's end.
     */
    private final ExecutorService answering = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "planlint-lsp");
        thread.setDaemon(true);
        return thread;
    });

    PlanlintLanguageServer(Checker checker) {
        this.checker = checker;
    }

    /** Completes with the exit code the protocol asks for: 0 after shutdown, 1 for an exit without one. */
    CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getLocale() != null && params.getLocale().toLowerCase(Locale.ROOT).startsWith("ja")) {
            locale = Locale.JAPANESE;
        }
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of("：", ":", "(", "（", "～")));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("planlint", getClass().getPackage().getImplementationVersion())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutDown ? 0 : 1);
    }

    /** The client went away without exit. */
    void disconnected() {
        exited.complete(1);
    }

    void stop() {
        answering.shutdownNow();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        changed(params.getTextDocument().getUri(), params.getTextDocument().getText(),
                params.getTextDocument().getVersion());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        // Full synchronization: the last change holds the whole text.
        params.getContentChanges().stream().reduce((first, second) -> second)
                .ifPresent(change -> changed(params.getTextDocument().getUri(), change.getText(),
                        params.getTextDocument().getVersion()));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        // After a check of it that may be running, so that the empty diagnostics are the last published.
        later(() -> {
            reports.remove(uri);
            previousKpis.remove(uri);
            publish(uri, List.of(), null);
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        later(() -> {
            savedFiles.forget();
            recheckSuccessorsOf(params.getTextDocument().getUri());
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return CompletableFuture.supplyAsync(() -> {
            String text = text(uri);
            if (text == null) {
                return List.of();
            }
            Optional<String> formatted = Formatter.format(path(uri).toString(), text).formatted();
            return formatted.filter(layout -> !layout.equals(text))
                    .map(layout -> List.of(new TextEdit(new LineIndex(text).all(), layout)))
                    .orElse(List.of());
        }, answering);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        String uri = params.getTextDocument().getUri();
        return CompletableFuture.supplyAsync(() -> {
            String text = text(uri);
            if (text == null) {
                return List.of();
            }
            LoadResult loaded = StrategyLoader.loadText(path(uri), text, Optional.empty());
            // The outline needs the model of this file only, valid or not as to its predecessor.
            return loaded.strategy().map(strategy -> StrategySymbols.of(strategy.strategy(), new LineIndex(text)))
                    .orElse(List.of()).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList();
        }, answering);
    }

    /** On a KPI's line or its attributes: its figures, status and findings, as the report's KPI table has them. */
    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        int line = params.getPosition().getLine() + 1;
        return CompletableFuture.supplyAsync(() -> Optional.ofNullable(reports.get(uri))
                .flatMap(report -> KpiCard.at(report, path(uri).toString(), line, locale))
                .map(card -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, card)))
                .orElse(null), answering);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        Position at = params.getPosition();
        return CompletableFuture.supplyAsync(() -> {
            String text = Optional.ofNullable(text(uri)).orElse("");
            String line = new LineIndex(text).line(at.getLine());
            String before = line.substring(0, Math.min(at.getCharacter(), line.length()));
            return Either.<List<CompletionItem>, CompletionList>forLeft(
                    Completions.at(before, locale, previousKpis.getOrDefault(uri, List.of()), unitsInUse()));
        }, answering);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        return CompletableFuture.supplyAsync(() -> CodeActions.of(uri, Optional.ofNullable(text(uri)).orElse(""),
                        params.getContext().getDiagnostics()).stream()
                .map(Either::<Command, CodeAction>forRight).toList(), answering);
    }

    /** 前期戦略： goes to the previous period's file; （再掲：…） to the sub-measure it repeats. */
    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        int line = params.getPosition().getLine() + 1;
        return CompletableFuture.supplyAsync(() -> {
            String text = Optional.ofNullable(text(uri)).orElse("");
            LoadResult loaded = StrategyLoader.loadText(path(uri), text, Optional.empty());
            List<Location> found = loaded.strategy().map(strategy -> Definitions.at(strategy, line)).orElse(List.of());
            return Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(found);
        }, answering);
    }

    /**
     * Where the KPI under the cursor is written across periods: here, in the previous period the document names
     * (as last checked), and in the other open documents (as last checked).
     */
    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        String uri = params.getTextDocument().getUri();
        int line = params.getPosition().getLine() + 1;
        boolean withDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return CompletableFuture.supplyAsync(() -> {
            Optional<Strategy> home = checked(uri);
            String text = Optional.ofNullable(text(uri)).orElse("");
            Optional<Kpi> kpi = home.flatMap(strategy -> KpiReferences.at(strategy, new LineIndex(text), line));
            if (kpi.isEmpty()) {
                return List.<Location>of();
            }
            List<Strategy> others = new ArrayList<>();
            reports.get(uri).strategies().get(0).predecessor().ifPresent(others::add);
            reports.keySet().stream().filter(other -> !other.equals(uri)).map(this::checked)
                    .flatMap(Optional::stream).filter(other -> others.stream()
                            .noneMatch(known -> same(known.file(), other.file()))).forEach(others::add);
            return KpiReferences.of(kpi.get(), home.get(), others, withDeclaration).stream()
                    .map(place -> location(place.file(), place.position())).toList();
        }, answering);
    }

    /** The units the open strategies and their predecessors write their figures in (万人泊), as last checked. */
    private List<String> unitsInUse() {
        return reports.values().stream().flatMap(report -> report.strategies().stream())
                .flatMap(reported -> java.util.stream.Stream.concat(java.util.stream.Stream.of(reported.strategy()),
                        reported.predecessor().stream()))
                .flatMap(Strategy::kpis).flatMap(PlanlintLanguageServer::units).distinct().toList();
    }

    private static java.util.stream.Stream<String> units(Kpi kpi) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                        kpi.baseline().measured().stream().map(observation -> observation.value().unitAsWritten()),
                        kpi.target().level().stream().map(dev.planlint.model.Quantity::unitAsWritten)),
                kpi.actuals().stream().map(observation -> observation.value().unitAsWritten()));
    }

    /** The document's strategy as last checked; empty where it did not load. */
    private Optional<Strategy> checked(String uri) {
        return Optional.ofNullable(reports.get(uri)).flatMap(report -> report.strategies().stream().findFirst())
                .map(reported -> reported.strategy());
    }

    private static boolean same(String file, String other) {
        return Path.of(file).toAbsolutePath().normalize().equals(Path.of(other).toAbsolutePath().normalize());
    }

    /** A line of a file: measured in the open text where the file is open, else from the column as written. */
    private Location location(String file, dev.planlint.model.SourcePosition position) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        Optional<String> open = documents.keySet().stream().filter(uri -> path(uri).toAbsolutePath().normalize()
                .equals(path)).findFirst();
        Range range = open.map(uri -> new LineIndex(text(uri)).toEndOfLine(position.line(), position.column()))
                .orElse(new Range(new Position(position.line() - 1, position.column() - 1),
                        new Position(position.line() - 1, position.column() - 1)));
        return new Location(open.orElse(path.toUri().toString()), range);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        later(() -> {
            savedFiles.forget();
            params.getChanges().forEach(change -> recheckSuccessorsOf(change.getUri()));
        });
    }

    /** A text as the editor sent it, with the version the editor gave it (null where it gave none). */
    private record Document(String text, Integer version) {
    }

    private String text(String uri) {
        Document document = documents.get(uri);
        return document == null ? null : document.text();
    }

    /** How many checks of documents have run: fewer than changes where changes came faster than checks. */
    int checksRun() {
        return checksRun.get();
    }

    /**
     * Runs on the input thread, so it only records the text and schedules its check: the next change is read while
     * this one is checked, and replaces it if it comes before the check begins.
     */
    private void changed(String uri, String text, Integer version) {
        if (text == null) {
            return;
        }
        documents.put(uri, new Document(text, version));
        scheduleCheck(uri);
    }

    /**
     * Work done on the answering thread after the notification that asked for it. A failure is logged, not thrown:
     * it would end the thread, and a piped client takes the end of the thread that wrote to it for a broken pipe.
     */
    private void later(Runnable work) {
        answering.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException failed) {
                java.util.logging.Logger.getLogger(PlanlintLanguageServer.class.getName())
                        .log(java.util.logging.Level.SEVERE, "planlint lsp: a check failed", failed);
            }
        });
    }

    private void scheduleCheck(String uri) {
        if (unchecked.add(uri)) {
            later(() -> checkNewest(uri));
        }
    }

    /** Checks the document's newest text, then the open documents that name it as their previous period. */
    private void checkNewest(String uri) {
        unchecked.remove(uri);
        Document document = documents.get(uri);
        if (document == null) {
            return;
        }
        check(uri, document);
        recheckSuccessorsOf(uri);
    }

    private void check(String uri, Document document) {
        checksRun.incrementAndGet();
        Report report = checker.checkText(path(uri), document.text(), savedFiles);
        reports.put(uri, report);
        report.strategies().stream().findFirst().ifPresent(checked -> previousKpis.put(uri,
                checked.predecessor().stream().flatMap(predecessor -> predecessor.kpis().map(Kpi::name)).toList()));
        // A text changed meanwhile is checked next (it is scheduled); its diagnostics replace these, so these, about
        // a text the editor no longer shows, are not published.
        if (documents.get(uri) == document) {
            publish(uri, FindingDiagnostics.of(report, path(uri).toString(), new LineIndex(document.text()), locale),
                    document.version());
        }
    }

    /**
     * The open documents whose 前期戦略 is this document are checked again: what they say about the previous period
     * (continued KPIs, reviews, between-period findings) depends on it. The predecessor is read as saved, as
     * {@code planlint check} reads it, so its unsaved edits count once they are saved.
     */
    private void recheckSuccessorsOf(String uri) {
        Path changed = path(uri).toAbsolutePath().normalize();
        reports.forEach((successor, report) -> {
            boolean namesIt = report.strategies().stream().flatMap(strategy -> strategy.predecessor().stream())
                    .anyMatch(predecessor -> Path.of(predecessor.file()).toAbsolutePath().normalize().equals(changed));
            if (namesIt && documents.containsKey(successor) && !successor.equals(uri)) {
                scheduleCheck(successor);
            }
        });
    }

    private void publish(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics, Integer version) {
        LanguageClient listening = client;
        if (listening != null) {
            listening.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }

    /** The file a document stands for: its path for a file: URI, else the URI's path part as a relative name. */
    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if ("file".equals(parsed.getScheme())) {
                return Path.of(parsed);
            }
            String part = parsed.getPath() == null || parsed.getPath().isEmpty() ? "untitled.strategy"
                    : parsed.getPath();
            return Path.of(part.replaceFirst("^/+", ""));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAPath) {
            return Path.of("untitled.strategy");
        }
    }
}
