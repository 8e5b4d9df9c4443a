package dev.planlint.release;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/planlint.cmd} cannot run here (no cmd.exe), so its syntax is checked: CRLF line ends throughout (cmd
 * misreads labels and blocks in LF files), parentheses balanced and closed on every line that ends a block, every
 * {@code %VARIABLE%} it reads either set in the script or one Windows sets, quotes paired, and the jar run with every
 * argument and its exit code passed on. The manual check on Windows is in docs/release.md.
 */
class WindowsLauncherTest {

    private static final Path LAUNCHER = Path.of("src/dist/bin/planlint.cmd");
    private static final Set<String> FROM_WINDOWS = Set.of("JAVA_HOME", "ERRORLEVEL", "PLANLINT_NO_CDS");

    @Test
    void linesEndInCrLf() throws IOException {
        String text = Files.readString(LAUNCHER, StandardCharsets.US_ASCII);

        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void parenthesesAndQuotesArePaired() throws IOException {
        int depth = 0;
        for (String line : lines()) {
            String code = line.replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(line.chars().filter(c -> c == '"').count() % 2).as("quotes paired in %s", line).isZero();
            for (char c : code.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertThat(depth).as("no ) without its ( in %s", line).isNotNegative();
            }
        }
        assertThat(depth).as("every block closed").isZero();
    }

    @Test
    void everyVariableReadIsSet() throws IOException {
        Set<String> set = new TreeSet<>(FROM_WINDOWS);
        Set<String> read = new TreeSet<>();
        Pattern assignment = Pattern.compile("\\bset \"([A-Z_]+)=");
        Pattern use = Pattern.compile("%([A-Z_]+)%");
        for (String line : lines()) {
            Matcher assigned = assignment.matcher(line);
            while (assigned.find()) {
                set.add(assigned.group(1));
            }
            Matcher used = use.matcher(line);
            while (used.find()) {
                read.add(used.group(1));
            }
            Matcher defined = Pattern.compile("if (?:not )?defined ([A-Z_]+)").matcher(line);
            while (defined.find()) {
                read.add(defined.group(1));
            }
        }
        assertThat(set).containsAll(read);
    }

    @Test
    void runsTheJarWithEveryArgumentAndPassesTheExitCodeOn() throws IOException {
        List<String> lines = lines();

        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(lines).contains("setlocal");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"%PLANLINT_JAVA%\"")
                .contains("-jar \"%PLANLINT_LIB%\\planlint.jar\" %*"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("exit /b %ERRORLEVEL%");
        assertThat(String.join("\n", lines)).contains("set \"PLANLINT_LIB=%~dp0..\\lib\"");
    }

    /** As {@code bin/planlint} does: a folder is a batch, run with a heap cap unless the user sets a maximum heap. */
    @Test
    void capsTheHeapOfABatchAsTheShellLauncherDoesUnlessTheUserSetsOne() throws IOException {
        List<String> lines = lines();
        String shell = Files.readString(Path.of("src/dist/bin/planlint"), StandardCharsets.UTF_8);
        Matcher shellCap = Pattern.compile("heap=(-Xmx\\d+[mg])").matcher(shell);
        assertThat(shellCap.find()).as("the shell launcher caps the heap of a batch").isTrue();

        assertThat(lines).contains("for %%A in (%*) do if exist \"%%~A\\*\" (",
                "  set \"PLANLINT_HEAP=" + shellCap.group(1) + "\"");
        assertThat(lines).contains(
                "set JAVA_TOOL_OPTIONS 2>nul | findstr /c:\"-Xmx\" >nul && set \"PLANLINT_HEAP=\"",
                "set JDK_JAVA_OPTIONS 2>nul | findstr /c:\"-Xmx\" >nul && set \"PLANLINT_HEAP=\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"%PLANLINT_JAVA%\"")
                .contains("%PLANLINT_TIERED% %PLANLINT_HEAP%"));
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(LAUNCHER, StandardCharsets.US_ASCII);
    }
}
