package dev.planlint.editorbench;

import dev.planlint.bench.StrategyGenerator;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The editor's latency and the server's memory, as an editor meets them: {@code planlint lsp} started as a process
 * (the command given), spoken to through LSP4J's client over its standard streams. Latency is the time from sending
 * a didChange (the whole text, one comment line added) to receiving that document's published diagnostics, warm
 * (after warm-up changes), the median of the measured changes; memory is the server's resident set (VmRSS, and its
 * peak VmHWM) once it holds 50 open strategies and has published the diagnostics of each.
 *
 * <p>Usage: {@code EditorBench WORK_DIR WARMUP MEASURED COMMAND…}; prints Markdown table rows.
 */
public final class EditorBench {

    private static final Path DRAFT = Path.of("strategies/kushiro-3rd-draft.strategy");
    private static final int LARGE_LINES = 2_000;
    private static final int OPEN_FILES = 50;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private final LanguageServer server;
    private final Process process;

    private EditorBench(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        List<String> command = Arrays.asList(args).subList(3, args.length);
        Files.createDirectories(work);
        // The draft's predecessor is named relative to it: the copy stands beside a copy of kushiro-2nd.strategy.
        Path draft = Files.copy(DRAFT, work.resolve(DRAFT.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("strategies/kushiro-2nd.strategy"), work.resolve("kushiro-2nd.strategy"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path large = work.resolve("fictional-2000-lines.strategy");
        Files.writeString(large, largeStrategy(), StandardCharsets.UTF_8);

        EditorBench bench = new EditorBench(command);
        try {
            bench.initialize();
            double draftMs = bench.latency(draft, warmup, measured);
            double largeMs = bench.latency(large, warmup, measured);
            long lines = Files.readAllLines(large, StandardCharsets.UTF_8).size();
            System.out.printf("| didChange → diagnostics, `%s` (%d lines), warm, median of %d | %.1f ms | ≤ 50 ms | %s |%n",
                    DRAFT, Files.readAllLines(DRAFT).size(), measured, draftMs, draftMs <= 50 ? "met" : "**missed**");
            System.out.printf("| didChange → diagnostics, generated fictional strategy (%d lines), warm, median of %d"
                    + " | %.1f ms | ≤ 200 ms | %s |%n", lines, measured, largeMs, largeMs <= 200 ? "met" : "**missed**");
            List<Path> files = StrategyGenerator.write(work.resolve("open"), OPEN_FILES);
            long totalLines = 0;
            for (Path file : files) {
                totalLines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
            }
            bench.openAll(files);
            long[] memory = bench.residentKiB();
            System.out.printf("| server's resident memory holding %d open generated strategies (%,d lines) and the two"
                            + " above: VmRSS (peak VmHWM) | %d MiB (%d MiB) | ≤ 512 MiB | %s |%n", files.size(),
                    totalLines, memory[0] / 1024, memory[1] / 1024, memory[0] / 1024 <= 512 ? "met" : "**missed**");
        } finally {
            bench.stop();
        }
    }

    /** Goals of generated strategies, renumbered one after another, with their KPIs named by goal, to ~2,000 lines. */
    static String largeStrategy() {
        StringBuilder out = new StringBuilder();
        out.append("# FICTIONAL — generated by planlint's editor benchmark: no real municipality; every figure is random.\n");
        out.append("戦略名：第2期架空市まち・ひと・しごと創生総合戦略（架空）\n自治体：架空市\n計画期間：令和3年度～令和7年度\n\n");
        int goal = 0;
        int lines = 5;
        for (int n = 1; lines < LARGE_LINES; n++) {
            String text = StrategyGenerator.strategy(n);
            for (String part : text.substring(text.indexOf("【基本目標")).split("(?=【基本目標)")) {
                if (lines >= LARGE_LINES) {
                    break;
                }
                goal++;
                int number = goal;
                String renumbered = part.replaceFirst("^【基本目標\\d+】", "【基本目標" + number + "】")
                        .replaceAll("(?m)^・([^：]+)：", "・$1（目標" + number + "）：");
                out.append(renumbered);
                lines += renumbered.split("\n", -1).length - 1;
            }
        }
        return out.toString();
    }

    private void initialize() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).get(120, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    /** The median, in ms, of {@code measured} changes after {@code warmup} changes. */
    private double latency(Path file, int warmup, int measured) throws Exception {
        String uri = file.toAbsolutePath().toUri().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "planlint", 1, text)));
        await(uri);
        List<Double> times = new ArrayList<>();
        for (int change = 1; change <= warmup + measured; change++) {
            String changed = text + "# edit " + change + "\n";
            long start = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, change + 1),
                    List.of(new TextDocumentContentChangeEvent(changed))));
            await(uri);
            if (change > warmup) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(Double::compare);
        int middle = times.size() / 2;
        return times.size() % 2 == 1 ? times.get(middle) : (times.get(middle - 1) + times.get(middle)) / 2;
    }

    private void openAll(List<Path> files) throws Exception {
        for (Path file : files) {
            String uri = file.toAbsolutePath().toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "planlint", 1, Files.readString(file, StandardCharsets.UTF_8))));
            await(uri);
        }
    }

    private void await(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams next = published.poll(120, TimeUnit.SECONDS);
            if (next == null) {
                throw new IllegalStateException("no diagnostics for " + uri + " within 120 s");
            }
            if (next.getUri().equals(uri)) {
                return;
            }
        }
    }

    /** VmRSS and VmHWM of the server's process (the launcher execs java, so its pid is the JVM's), in KiB. */
    private long[] residentKiB() throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, peak};
    }

    private void stop() throws Exception {
        try {
            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
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
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
