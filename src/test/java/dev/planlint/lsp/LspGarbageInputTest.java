package dev.planlint.lsp;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.check.Checker;
import dev.planlint.config.Configuration;
import dev.planlint.engine.RuleEngine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A client that sends garbage and then goes away: the server ends, with no exception escaping and no hang. */
class LspGarbageInputTest {

    @Test
    void garbageThenAClosedInputEndsTheServer() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream toServer = new PipedOutputStream(serverIn);
        ByteArrayOutputStream serverOut = new ByteArrayOutputStream();
        Checker checker = new Checker(RuleEngine.shipped(), RuleCatalog.shipped(), Configuration.defaults(),
                LocalDate.of(2026, 4, 1), Optional.empty());
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> LanguageServerRun.serve(checker, serverIn, serverOut));

        byte[] noise = new byte[20_000];
        new Random(13).nextBytes(noise);
        toServer.write(noise);
        toServer.write("Content-Length: 12\r\n\r\n{not json!!}".getBytes(StandardCharsets.UTF_8));
        toServer.write("Content-Length: 99999999\r\n\r\n{".getBytes(StandardCharsets.UTF_8));
        toServer.close();

        assertEquals(1, run.get(60, TimeUnit.SECONDS), "the client went away without shutdown");
    }
}
