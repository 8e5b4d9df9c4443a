package dev.planlint.cli;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --help} in Japanese: every command, option and parameter has its Japanese text, none falls back to English. */
class JapaneseHelpTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @ParameterizedTest(name = "planlint {0} --help --lang ja")
    @ValueSource(strings = {"check", "diff", "show", "fmt", "lsp", "rules", "explain"})
    void everyTextOfTheCommandIsJapanese(String command) {
        CommandLine line = Main.commandLine(command, "--help", "--lang", "ja").getSubcommands().get(command);
        CommandSpec spec = line.getCommandSpec();
        List<String> english = new ArrayList<>();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            String description = String.join(" ", arg.description());
            if (!JAPANESE.matcher(description).find()) {
                english.add(arg.paramLabel() + ": " + description);
            }
        }
        assertThat(english).as("texts without their Japanese (Help_ja.properties)").isEmpty();
        assertThat(String.join(" ", spec.usageMessage().description())).containsPattern(JAPANESE);
        assertThat(String.join(" ", spec.usageMessage().footer())).contains("終了コード");
    }

    @Test
    void theLanguageOfHelpFollowsLangAndEnglishStaysTheAnnotations() {
        assertThat(CliRun.run("check", "--help", "--lang", "ja").out()).contains("戦略ファイルを検査します")
                .contains("終了コード");
        assertThat(CliRun.run("check", "--help", "--lang", "en").out()).contains("Check strategy files")
                .doesNotContain("戦略ファイルを検査します");
        assertThat(CliRun.run("check", "--help").out()).as("tests run under LC_ALL=C.UTF-8")
                .contains("Check strategy files");
    }
}
