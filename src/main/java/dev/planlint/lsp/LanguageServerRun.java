package dev.planlint.lsp;

import dev.planlint.check.Checker;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Runs the language server over a pair of streams until the client sends exit or closes its end. */
public final class LanguageServerRun {

    private LanguageServerRun() {
    }

    /**
     * Serves {@code in}/{@code out} and returns the exit code: 0 after shutdown and exit, 1 when the client exits
     * without shutdown or the input ends first (the client went away). Bytes that are not the protocol are skipped
     * by LSP4J (and logged on standard error); they never end the server.
     */
    public static int serve(Checker checker, InputStream in, OutputStream out) {
        return serve(new PlanlintLanguageServer(checker), in, out);
    }

    /** Serves with the given server, which a test can then ask how many checks it ran. */
    static int serve(PlanlintLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | CancellationException ended) {
                // The connection ended either way.
            }
            server.disconnected();
        }, "planlint-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        try {
            return server.exited().join();
        } finally {
            listening.cancel(true);
            server.stop();
        }
    }
}
