package dev.planlint.diagnostic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Japanese and English messages say the same things: the same keys, each with the same arguments. */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_ja.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void bothLanguagesUseTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(japanese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @Test
    void japaneseIsChosenOnlyForJapanese() {
        assertThat(Messages.text(Messages.forLanguage("ja"), "severity.ERROR")).isEqualTo("エラー");
        assertThat(Messages.text(Messages.forLanguage("en"), "severity.ERROR")).isEqualTo("error");
        assertThat(Messages.text(Messages.forLanguage("fr"), "severity.ERROR")).isEqualTo("error");
    }

    @Test
    void theEnglishSummaryCountsInTheSingularAndThePlural() {
        assertThat(Messages.format(Locale.ENGLISH, "report.summary", 1L, 1L, 1L, 1L, 1L, 1L))
                .isEqualTo("1 strategy checked: 1 error, 1 warning, 1 info, 1 suppressed; 1 input error.");
        assertThat(Messages.format(Locale.ENGLISH, "report.summary", 2L, 0L, 3L, 0L, 2L, 0L))
                .isEqualTo("2 strategies checked: 0 errors, 3 warnings, 0 info, 2 suppressed; 0 input errors.");
        assertThat(Messages.format(Locale.JAPANESE, "report.summary", 1L, 1L, 0L, 2L, 0L, 1L))
                .isEqualTo("1件の戦略を検査しました：エラー1件、警告0件、情報2件、抑制0件。入力のエラー1件。");
    }

    @Test
    void otherEnglishCountsAgreeWithTheirNouns() {
        assertThat(Messages.format(Locale.ENGLISH, "diff.basis.SMALL_EDIT", 1)).endsWith("of 1 character");
        assertThat(Messages.format(Locale.ENGLISH, "diff.basis.SMALL_EDIT", 2)).endsWith("of 2 characters");
        assertThat(Messages.format(Locale.ENGLISH, "userRule.timeLimit", "r", 1L, 1L))
                .contains("after 1 second (fired once)");
        assertThat(Messages.format(Locale.ENGLISH, "userRule.timeLimit", "r", 30L, 1200L))
                .contains("after 30 seconds (fired 1,200 times)");
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/planlint/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
