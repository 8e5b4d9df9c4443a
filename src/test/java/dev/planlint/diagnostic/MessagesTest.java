package dev.planlint.diagnostic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Japanese and English messages say the same things: the same keys, each with the same arguments. */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

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
