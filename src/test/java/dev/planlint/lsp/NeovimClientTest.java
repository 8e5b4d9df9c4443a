package dev.planlint.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * planlint's language server as a real editor drives it: headless Neovim (0.7 or later, which .ci/run installs) with
 * its built-in LSP client starts {@code planlint lsp}, opens a strategy, formats it, asks for its outline and types a
 * mistake. Skipped, saying so, where Neovim is not installed.
 */
class NeovimClientTest {

    private static final String NEOVIM = "nvim";
    private static final Path STRATEGY = Path.of("strategies/examples/fictional-full.strategy");

    @BeforeAll
    static void neovimIsInstalled() {
        assumeTrue(runs(List.of(NEOVIM, "--version")),
                "Neovim not installed (apt-get install neovim): the editor test is skipped");
    }

    @Test
    void neovimShowsTheFindingsFormatsOutlinesAndFollowsTyping(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("draft.strategy");
        Files.copy(STRATEGY, file);
        Path script = directory.resolve("client.lua");
        try (var in = getClass().getResourceAsStream("neovim-client.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path out = directory.resolve("seen.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = new Gson().toJson(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.planlint.cli.Main", "lsp"));

        ProcessBuilder neovim = new ProcessBuilder(NEOVIM, "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + script);
        neovim.environment().put("PLANLINT_NVIM_OUT", out.toString());
        neovim.environment().put("PLANLINT_LSP_CMD", command);
        neovim.environment().put("PLANLINT_FILE", file.toString());
        neovim.environment().put("PLANLINT_KPI_LINE", String.valueOf(lineOf("・物流拠点の立地件数") - 1));
        neovim.directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("nvim.log").toFile());
        Process process = neovim.start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("Neovim ended (log: %s)", read(directory.resolve("nvim.log"))).isTrue();
        assertThat(out).as("Neovim wrote what it saw (log: %s)", read(directory.resolve("nvim.log"))).exists();
        JsonObject seen = JsonParser.parseString(read(out)).getAsJsonObject();

        assertThat(seen.get("opened").getAsBoolean()).as("findings arrived after opening").isTrue();
        List<String> codes = codes(seen.getAsJsonArray("onOpen"));
        assertThat(codes).contains("unit-mismatch", "goal-without-target", "moving-away");
        JsonObject unitMismatch = find(seen.getAsJsonArray("onOpen"), "unit-mismatch");
        assertThat(unitMismatch.get("severity").getAsInt()).as("an error in Neovim's terms").isEqualTo(1);
        assertThat(unitMismatch.get("line").getAsInt()).as("0-based line of 物流拠点の立地件数")
                .isEqualTo(lineOf("・物流拠点の立地件数") - 1);

        assertThat(seen.get("formattingEdits").getAsInt()).as("the example is already formatted").isZero();
        assertThat(strings(seen.getAsJsonArray("symbols"))).anyMatch(name -> name.contains("基本目標"));

        // fictional-full.strategy names no predecessor and no other file is open: the KPI's own line only.
        assertThat(seen.getAsJsonArray("references").asList()).singleElement().satisfies(element -> {
            assertThat(element.getAsJsonObject().get("uri").getAsString()).endsWith("/draft.strategy");
            assertThat(element.getAsJsonObject().get("line").getAsInt()).isEqualTo(lineOf("・物流拠点の立地件数") - 1);
        });

        assertThat(seen.get("typed").getAsBoolean()).as("an error arrived for the typed line").isTrue();
        int typedLine = seen.get("typedLine").getAsInt();
        assertThat(seen.getAsJsonArray("afterTyping").asList()).anySatisfy(element -> {
            JsonObject diagnostic = element.getAsJsonObject();
            assertThat(diagnostic.get("line").getAsInt()).isEqualTo(typedLine);
            assertThat(diagnostic.get("severity").getAsInt()).isEqualTo(1);
            assertThat(diagnostic.get("message").getAsString()).contains("abc人");
        });
    }

    private static int lineOf(String start) throws IOException {
        List<String> lines = Files.readAllLines(STRATEGY, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + STRATEGY);
    }

    private static JsonObject find(JsonArray diagnostics, String code) {
        for (JsonElement element : diagnostics) {
            JsonObject diagnostic = element.getAsJsonObject();
            if (diagnostic.has("code") && !diagnostic.get("code").isJsonNull()
                    && diagnostic.get("code").getAsString().equals(code)) {
                return diagnostic;
            }
        }
        throw new AssertionError("no " + code + " in " + diagnostics);
    }

    private static List<String> codes(JsonArray diagnostics) {
        List<String> codes = new ArrayList<>();
        for (JsonElement element : diagnostics) {
            JsonElement code = element.getAsJsonObject().get("code");
            if (code != null && !code.isJsonNull()) {
                codes.add(code.getAsString());
            }
        }
        return codes;
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.getAsString()));
        return strings;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(none)";
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
