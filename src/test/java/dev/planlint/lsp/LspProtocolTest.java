package dev.planlint.lsp;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's protocol as an editor speaks it, through LSP4J's own client launcher over pipes, with the server on a
 * thread of this JVM. Every wait is bounded, so a server that does not answer fails the test instead of hanging it.
 */
class LspProtocolTest {

    private static final long SECONDS = 60;
    private static final Path DRAFT = Path.of("strategies/kushiro-3rd-draft.strategy");

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private CompletableFuture<Integer> serverRun;
    private LanguageServer server;
    private PlanlintLanguageServer running;
    private PipedOutputStream toServer;
    private PipedInputStream fromServer;

    @BeforeEach
    void start() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        fromServer = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        Checker checker = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(),
                LocalDate.of(2026, 4, 1), Optional.empty());
        running = new PlanlintLanguageServer(checker);
        serverRun = CompletableFuture.supplyAsync(() -> LanguageServerRun.serve(running, serverIn, serverOut));
        Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new Client(), fromServer, toServer);
        client.startListening();
        server = client.getRemoteProxy();
    }

    @AfterEach
    void stop() throws IOException {
        toServer.close();
    }

    @Test
    void anEditingSessionGetsFindingsFormattingAndAnOutline() throws Exception {
        InitializeParams initialize = new InitializeParams();
        initialize.setCapabilities(new ClientCapabilities());
        InitializeResult capabilities = server.initialize(initialize).get(SECONDS, TimeUnit.SECONDS);
        assertTrue(capabilities.getCapabilities().getDocumentFormattingProvider().getLeft());
        server.initialized(new org.eclipse.lsp4j.InitializedParams());

        String uri = DRAFT.toAbsolutePath().toUri().toString();
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        PublishDiagnosticsParams opened = next();
        assertEquals(uri, opened.getUri());
        Diagnostic wrongSide = opened.getDiagnostics().stream()
                .filter(diagnostic -> "target-wrong-side".equals(diagnostic.getCode().getLeft()))
                .findFirst().orElseThrow();
        // strategies/kushiro-3rd-draft.strategy:116:2, as planlint check reports it.
        assertEquals(115, wrongSide.getRange().getStart().getLine());
        assertEquals(1, wrongSide.getRange().getStart().getCharacter());
        assertEquals(DiagnosticSeverity.Error, wrongSide.getSeverity());
        assertEquals("planlint", wrongSide.getSource());
        assertTrue(wrongSide.getMessage().contains("釧路港貨物取扱量"), wrongSide.getMessage());
        assertTrue(wrongSide.getMessage().contains("baseline"), "English by default: " + wrongSide.getMessage());
        assertTrue(opened.getDiagnostics().stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Warning));

        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(SECONDS, TimeUnit.SECONDS);
        List<DocumentSymbol> goals = symbols.stream().map(Either::getRight)
                .filter(symbol -> symbol.getName().startsWith("基本目標")).toList();
        assertEquals(4, goals.size(), goals.toString());
        DocumentSymbol third = goals.get(2);
        assertTrue(third.getName().startsWith("基本目標3 地域が支え"), third.getName());
        assertTrue(third.getChildren().stream().anyMatch(kpi -> kpi.getName().equals("出生数")));

        List<String> lines = List.of(text.split("\n", -1));
        int goalLine = lines.indexOf("【基本目標３】地域が支え、安心して働ける環境をつくる");
        assertEquals(goalLine, third.getSelectionRange().getStart().getLine());

        String messy = text.replace("    改善方向：増加\n", "      改善方向 ： 増加\n");
        assertFalse(messy.equals(text), "the test needs a text to reformat");
        changeTo(uri, 2, messy);
        next();
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
                .get(SECONDS, TimeUnit.SECONDS);
        assertEquals(1, edits.size());
        assertEquals(dev.planlint.fmt.Formatter.format(DRAFT.toString(), messy).formatted().orElseThrow(),
                edits.get(0).getNewText());

        int broken = 10;
        List<String> brokenLines = new java.util.ArrayList<>(lines);
        brokenLines.set(broken - 1, "・出生数：現状値649人(R5年) → → (");
        changeTo(uri, 3, String.join("\n", brokenLines));
        PublishDiagnosticsParams afterBreak = next();
        assertTrue(afterBreak.getDiagnostics().stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error
                        && d.getRange().getStart().getLine() == broken - 1),
                afterBreak.getDiagnostics().toString());
        assertTrue(server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
                .get(SECONDS, TimeUnit.SECONDS).isEmpty(), "a file that does not parse is not formatted");

        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, serverRun.get(SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void messagesAreJapaneseForAJapaneseClient() throws Exception {
        InitializeParams initialize = new InitializeParams();
        initialize.setLocale("ja-JP");
        server.initialize(initialize).get(SECONDS, TimeUnit.SECONDS);
        String uri = DRAFT.toAbsolutePath().toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, Files.readString(DRAFT, StandardCharsets.UTF_8))));
        Diagnostic wrongSide = next().getDiagnostics().stream()
                .filter(diagnostic -> "target-wrong-side".equals(diagnostic.getCode().getLeft()))
                .findFirst().orElseThrow();
        assertFalse(wrongSide.getMessage().contains("baseline"), wrongSide.getMessage());
        server.exit();
        assertEquals(1, serverRun.get(SECONDS, TimeUnit.SECONDS), "exit without shutdown");
    }

    @Test
    void hoverShowsAKpisFiguresAndFindingsAndCompletionOffersTheLanguagesWords() throws Exception {
        InitializeParams initialize = new InitializeParams();
        initialize.setLocale("ja");
        InitializeResult capabilities = server.initialize(initialize).get(SECONDS, TimeUnit.SECONDS);
        assertTrue(capabilities.getCapabilities().getHoverProvider().getLeft());
        String uri = DRAFT.toAbsolutePath().toUri().toString();
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        next();
        List<String> lines = List.of(text.split("\n", -1));

        // On the line of 釧路港貨物取扱量 and on its 改善方向 line below: the KPI's card with its target-wrong-side finding.
        int kpiLine = 115;
        assertTrue(lines.get(kpiLine).contains("釧路港貨物取扱量"), lines.get(kpiLine));
        for (int line : List.of(kpiLine, kpiLine + 1)) {
            org.eclipse.lsp4j.Hover hover = server.getTextDocumentService()
                    .hover(new org.eclipse.lsp4j.HoverParams(new TextDocumentIdentifier(uri),
                            new org.eclipse.lsp4j.Position(line, 2)))
                    .get(SECONDS, TimeUnit.SECONDS);
            String card = hover.getContents().getRight().getValue();
            assertTrue(card.startsWith("**釧路港貨物取扱量**"), card);
            assertTrue(card.contains("現状値"), card);
            assertTrue(card.contains("`target-wrong-side`"), card);
        }
        org.eclipse.lsp4j.Hover nothing = server.getTextDocumentService()
                .hover(new org.eclipse.lsp4j.HoverParams(new TextDocumentIdentifier(uri),
                        new org.eclipse.lsp4j.Position(0, 0)))
                .get(SECONDS, TimeUnit.SECONDS);
        assertEquals(null, nothing, "no card above the first KPI");

        String typed = text + "    改善方向：";
        changeTo(uri, 2, typed);
        next();
        int last = typed.split("\n", -1).length - 1;
        List<String> directions = completions(uri, last, "    改善方向：".length());
        assertEquals(List.of("増加", "減少", "維持"), directions);
        changeTo(uri, 3, text + "    抑制：");
        next();
        List<String> rules = completions(uri, last, "    抑制：".length());
        assertTrue(rules.contains("target-wrong-side") && rules.contains("year-kind-decides"), rules.toString());
        List<String> keywords = completions(uri, last, 0);
        changeTo(uri, 90, text + "\n    前期指標：置換：\n");
        next();
        List<String> previousKpis = completions(uri, last + 1, "    前期指標：置換：".length());
        assertTrue(previousKpis.contains("延べ宿泊客数"), "the 2nd period's KPIs: " + previousKpis);
        assertTrue(completions(uri, last + 1, 0).contains("実績："), "at a line's start: its keywords");
        assertTrue(keywords.contains("実績：") && keywords.contains("改善方向："), keywords.toString());
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    @Test
    void definitionsLeadToThePreviousPeriodAndCodeActionsInsertTheFix() throws Exception {
        server.initialize(new InitializeParams()).get(SECONDS, TimeUnit.SECONDS);
        String uri = DRAFT.toAbsolutePath().toUri().toString();
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        next();
        List<String> lines = List.of(text.split("\n", -1));
        String previousUri = Path.of("strategies/kushiro-2nd.strategy").toAbsolutePath().toUri().toString();

        int predecessorLine = lines.indexOf("前期戦略：kushiro-2nd.strategy");
        List<? extends org.eclipse.lsp4j.Location> file = definition(uri, predecessorLine);
        assertEquals(1, file.size());
        assertEquals(previousUri, file.get(0).getUri());

        // 延べ宿泊客数 continues the 2nd period's 延べ宿泊客数, on line 28 of kushiro-2nd.strategy.
        int continues = lines.indexOf("・延べ宿泊客数：現状値126万人泊(R5年度) → 150万人泊(R11年度)") + 2;
        assertEquals("    前期指標：継続", lines.get(continues));
        List<? extends org.eclipse.lsp4j.Location> kpi = definition(uri, continues);
        assertEquals(1, kpi.size());
        assertEquals(previousUri, kpi.get(0).getUri());
        assertEquals(27, kpi.get(0).getRange().getStart().getLine());
        assertTrue(definition(uri, 0).isEmpty(), "the first line refers to nothing");

        String undeclared = text.replace("・延べ宿泊客数：現状値126万人泊(R5年度) → 150万人泊(R11年度)\n    改善方向：増加\n",
                "・延べ宿泊客数：現状値126万人泊(R5年度) → 150万人泊(R11年度)\n");
        changeTo(uri, 2, undeclared);
        Diagnostic direction = next().getDiagnostics().stream()
                .filter(d -> "direction-undeclared".equals(d.getCode().getLeft())
                        && undeclared.split("\n", -1)[d.getRange().getStart().getLine()].contains("延べ宿泊客数"))
                .findFirst().orElseThrow();
        List<org.eclipse.lsp4j.CodeAction> actions = server.getTextDocumentService()
                .codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri),
                        direction.getRange(), new org.eclipse.lsp4j.CodeActionContext(List.of(direction))))
                .get(SECONDS, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
        assertEquals(4, actions.size(), "増加, 減少, 維持, then the suppression");
        assertTrue(actions.stream().noneMatch(a -> Boolean.TRUE.equals(a.getIsPreferred())),
                "no direction is guessed for the planner");
        TextEdit insert = actions.get(0).getEdit().getChanges().get(uri).get(0);
        assertEquals("    改善方向：増加\n", insert.getNewText());
        assertEquals(direction.getRange().getStart().getLine() + 1, insert.getRange().getStart().getLine());
        assertTrue(actions.get(3).getEdit().getChanges().get(uri).get(0).getNewText()
                .startsWith("    抑制：direction-undeclared："));
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    @Test
    void changesTypedFasterThanTheyAreCheckedCoalesceAndTheNewestIsPublishedLast() throws Exception {
        server.initialize(new InitializeParams()).get(SECONDS, TimeUnit.SECONDS);
        String uri = DRAFT.toAbsolutePath().toUri().toString();
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        assertEquals(1, next().getVersion());
        int checksBefore = running.checksRun();

        // A KPI name typed a character at a time, each keystroke a change; the last one leaves a syntax error.
        int changes = 20;
        String typed = "・入力中の指標名";
        for (int version = 2; version <= changes + 1; version++) {
            String suffix = version == changes + 1 ? "\n【基本目標" : typed.substring(0, (version - 2) % typed.length() + 1);
            changeTo(uri, version, text + "\n" + suffix);
        }
        List<PublishDiagnosticsParams> received = new java.util.ArrayList<>();
        do {
            received.add(next());
        } while (received.get(received.size() - 1).getVersion() != changes + 1);
        // The final text's diagnostics: checked as the editor holds it, with its version, and nothing after them.
        Thread.sleep(300);
        assertEquals(List.of(), List.copyOf(published), "nothing is published after the newest version");
        List<Integer> versions = received.stream().map(PublishDiagnosticsParams::getVersion).toList();
        assertEquals(versions.stream().sorted().distinct().toList(), versions, "never an older version after a newer");
        List<Diagnostic> last = received.get(received.size() - 1).getDiagnostics();
        int finalLine = (int) text.chars().filter(c -> c == '\n').count() + 2;
        assertTrue(last.stream().anyMatch(d -> d.getRange().getStart().getLine() >= finalLine - 1
                && d.getSeverity() == DiagnosticSeverity.Error), last.toString());
        int checks = running.checksRun() - checksBefore;
        assertTrue(checks < changes, checks + " checks for " + changes + " changes");
        // Still answering.
        assertNotNull(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
                new TextDocumentIdentifier(uri))).get(SECONDS, TimeUnit.SECONDS));
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, serverRun.get(SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aSavedPreviousPeriodRechecksTheOpenFilesThatNameIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        server.initialize(new InitializeParams()).get(SECONDS, TimeUnit.SECONDS);
        Path draft = Files.copy(DRAFT, dir.resolve("kushiro-3rd-draft.strategy"));
        Path previous = Files.copy(Path.of("strategies/kushiro-2nd.strategy"), dir.resolve("kushiro-2nd.strategy"));
        String draftUri = draft.toUri().toString();
        String previousUri = previous.toUri().toString();
        String previousText = Files.readString(previous, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(draftUri, "planlint", 1, Files.readString(draft, StandardCharsets.UTF_8))));
        List<Diagnostic> before = next().getDiagnostics();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(previousUri, "planlint", 1, previousText)));
        PublishDiagnosticsParams ownCheck = next();
        assertEquals(previousUri, ownCheck.getUri());
        assertEquals(draftUri, next().getUri(), "the draft is checked again against its predecessor");

        // The 2nd period no longer has the KPI the draft continues with 前期指標：継続.
        String renamed = previousText.replace("延べ宿泊客数", "延べ宿泊者数");
        assertFalse(renamed.equals(previousText), "the test needs a KPI to rename");
        Files.writeString(previous, renamed, StandardCharsets.UTF_8);
        server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                new TextDocumentIdentifier(previousUri)));
        PublishDiagnosticsParams after = next();
        assertEquals(draftUri, after.getUri());
        List<String> newMessages = after.getDiagnostics().stream().map(Diagnostic::getMessage)
                .filter(message -> before.stream().noneMatch(old -> old.getMessage().equals(message))).toList();
        assertTrue(newMessages.stream().anyMatch(message -> message.contains("延べ宿泊客数")), newMessages.toString());
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    @Test
    void betweenPeriodFindingsPointToThePreviousPeriodAndARelistingLeadsToItsOriginal() throws Exception {
        server.initialize(new InitializeParams()).get(SECONDS, TimeUnit.SECONDS);
        String uri = DRAFT.toAbsolutePath().toUri().toString();
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        List<Diagnostic> diagnostics = next().getDiagnostics();
        String previousUri = Path.of("strategies/kushiro-2nd.strategy").toAbsolutePath().toUri().toString();

        // 延べ宿泊客数 (draft line 32) was counted in 人 on line 28 of the 2nd period.
        assertRelated(diagnostics, "unit-changed", 31, previousUri, 27, "延べ宿泊客数");
        // 従業員数, left unaccounted, stands on line 60 of the 2nd period; the finding is on the goal's heading.
        assertRelated(diagnostics, "previous-kpi-unaccounted", 61, previousUri, 59, "従業員数");
        // The measure 地域特性を生かした企業誘致 moved from 基本目標2② (line 69 of the 2nd period).
        assertRelated(diagnostics, "structure-moved", 45, previousUri, 68, "地域特性を生かした企業誘致");
        assertTrue(diagnostics.stream().filter(d -> "target-wrong-side".equals(d.getCode().getLeft()))
                .allMatch(d -> d.getRelatedInformation() == null), "a finding within one period relates to nothing");

        // （再掲） without an address: the one sub-measure of its name that is not a re-listing, on line 108.
        List<String> lines = List.of(text.split("\n", -1));
        int relisted = lines.indexOf("  イ医療体制の整備（再掲）");
        List<? extends org.eclipse.lsp4j.Location> original = definition(uri, relisted);
        assertEquals(1, original.size(), original.toString());
        assertEquals(uri, original.get(0).getUri());
        assertEquals(lines.indexOf("  ア医療体制の整備"), original.get(0).getRange().getStart().getLine());
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    @Test
    void referencesOfAKpiSpanThisFileThePreviousPeriodAndOpenFilesNamingIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        InitializeResult capabilities = server.initialize(new InitializeParams()).get(SECONDS, TimeUnit.SECONDS);
        assertTrue(capabilities.getCapabilities().getReferencesProvider().getLeft());
        String uri = DRAFT.toAbsolutePath().toUri().toString();
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        next();
        // A fictional 4th period (架空の例) whose KPI continues the draft's 延べ宿泊客数.
        Path next = dir.resolve("fictional-4th.strategy");
        String nextText = """
                # Fictional (架空の例): invented to name the draft's KPI.
                計画期間：令和12年度～令和16年度
                【基本目標1】観光
                数値目標：
                ・延べ宿泊客数：現状値150万人泊(R11年度) → 160万人泊(R16年度)
                    改善方向：増加
                """;
        String nextUri = next.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(nextUri, "planlint", 1, nextText)));
        next();
        String previousUri = Path.of("strategies/kushiro-2nd.strategy").toAbsolutePath().toUri().toString();

        List<String> lines = List.of(text.split("\n", -1));
        int kpi = lines.indexOf("・延べ宿泊客数：現状値126万人泊(R5年度) → 150万人泊(R11年度)");
        for (int line : List.of(kpi, kpi + 2)) { // the KPI's line and its 前期指標：継続 line
            List<? extends org.eclipse.lsp4j.Location> found = server.getTextDocumentService()
                    .references(new org.eclipse.lsp4j.ReferenceParams(new TextDocumentIdentifier(uri),
                            new org.eclipse.lsp4j.Position(line, 1), new org.eclipse.lsp4j.ReferenceContext(true)))
                    .get(SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of(uri + ":" + kpi, previousUri + ":27", nextUri + ":4"), found.stream()
                    .map(l -> l.getUri() + ":" + l.getRange().getStart().getLine()).toList());
        }
        List<? extends org.eclipse.lsp4j.Location> withoutDeclaration = server.getTextDocumentService()
                .references(new org.eclipse.lsp4j.ReferenceParams(new TextDocumentIdentifier(uri),
                        new org.eclipse.lsp4j.Position(kpi, 1), new org.eclipse.lsp4j.ReferenceContext(false)))
                .get(SECONDS, TimeUnit.SECONDS);
        assertEquals(2, withoutDeclaration.size(), withoutDeclaration.toString());
        assertTrue(server.getTextDocumentService()
                .references(new org.eclipse.lsp4j.ReferenceParams(new TextDocumentIdentifier(uri),
                        new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.ReferenceContext(true)))
                .get(SECONDS, TimeUnit.SECONDS).isEmpty(), "no KPI on the first line");
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    @Test
    void completionOffersUnitsInUseErasAndRuleIdsAndAYearsKindIsDeclaredByAFix(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        server.initialize(new InitializeParams()).get(SECONDS, TimeUnit.SECONDS);
        String draftUri = DRAFT.toAbsolutePath().toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(draftUri, "planlint", 1, Files.readString(DRAFT, StandardCharsets.UTF_8))));
        next();
        // Fictional (架空の例): years without 年 or 年度, and lines being typed below.
        String text = """
                # Fictional (架空の例)
                計画期間：令和7年度～令和11年度
                【基本目標1】しごと
                数値目標：
                ・創業者数：現状値50人(R6) → 60人(R11)
                    改善方向：増加
                """;
        String uri = dir.resolve("fictional.strategy").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        Diagnostic kind = next().getDiagnostics().stream()
                .filter(d -> "time.kindUnspecified".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        List<org.eclipse.lsp4j.CodeAction> fixes = server.getTextDocumentService()
                .codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri),
                        kind.getRange(), new org.eclipse.lsp4j.CodeActionContext(List.of(kind))))
                .get(SECONDS, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
        assertEquals(List.of("年次の扱い：年度\n", "年次の扱い：年\n"), fixes.stream()
                .map(fix -> fix.getEdit().getChanges().get(uri).get(0).getNewText()).toList());
        assertEquals(2, fixes.get(0).getEdit().getChanges().get(uri).get(0).getRange().getStart().getLine(),
                "below the 計画期間 line");

        String typing = text + "・開業数：現状値12\n    抑制：\n    suppress:\n・廃業数：現状値3件(\n";
        changeTo(uri, 2, typing);
        next();
        List<String> units = completions(uri, 6, "・開業数：現状値12".length());
        // The draft's units as written (万人泊, 億円, …) and this file's 人, from every open strategy.
        assertTrue(units.containsAll(List.of("人", "万人泊", "億円")), units.toString());
        typing = typing.replace("現状値12\n", "現状値12万\n");
        changeTo(uri, 3, typing);
        next();
        List<String> afterMultiplier = completions(uri, 6, "・開業数：現状値12万".length());
        assertTrue(afterMultiplier.containsAll(List.of("人", "人泊", "円")), afterMultiplier.toString());
        assertFalse(afterMultiplier.contains("万人泊"), afterMultiplier.toString());
        assertTrue(completions(uri, 7, "    抑制：".length()).contains("unit-changed"));
        assertTrue(completions(uri, 8, "    suppress:".length()).contains("unit-changed"));
        assertEquals(List.of("令和", "平成", "R", "H"), completions(uri, 9, "・廃業数：現状値3件(".length()));
        assertEquals(List.of("令和", "平成", "R", "H"), completions(uri, 1, "計画期間：".length()));
        assertTrue(completions(uri, 4, "・創業者数：現状値50人(R6".length()).isEmpty(), "a year takes no unit");
        server.shutdown().get(SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    private static void assertRelated(List<Diagnostic> diagnostics, String rule, int line, String relatedUri,
                                      int relatedLine, String name) {
        Diagnostic finding = diagnostics.stream().filter(d -> rule.equals(d.getCode().getLeft())
                        && d.getRange().getStart().getLine() == line && d.getMessage().contains(name))
                .findFirst().orElseThrow(() -> new AssertionError(rule + " on line " + (line + 1)));
        assertNotNull(finding.getRelatedInformation(), finding.toString());
        assertTrue(finding.getRelatedInformation().stream().anyMatch(related ->
                        related.getLocation().getUri().equals(relatedUri)
                                && related.getLocation().getRange().getStart().getLine() == relatedLine
                                && related.getMessage().contains(name)),
                finding.getRelatedInformation().toString());
    }

    private List<String> completions(String uri, int line, int character) throws Exception {
        return server.getTextDocumentService()
                .completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri),
                        new org.eclipse.lsp4j.Position(line, character)))
                .get(SECONDS, TimeUnit.SECONDS).getLeft().stream().map(org.eclipse.lsp4j.CompletionItem::getLabel)
                .toList();
    }

    private List<? extends org.eclipse.lsp4j.Location> definition(String uri, int line) throws Exception {
        return server.getTextDocumentService()
                .definition(new org.eclipse.lsp4j.DefinitionParams(new TextDocumentIdentifier(uri),
                        new org.eclipse.lsp4j.Position(line, 0)))
                .get(SECONDS, TimeUnit.SECONDS).getLeft();
    }

    private void changeTo(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private PublishDiagnosticsParams next() throws InterruptedException {
        PublishDiagnosticsParams params = published.poll(SECONDS, TimeUnit.SECONDS);
        assertNotNull(params, "no diagnostics published within " + SECONDS + " s");
        return params;
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
