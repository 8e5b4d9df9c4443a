package dev.planlint.cli;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language planlint speaks: as --lang says it, or as the environment's variables ask, installed or not. */
class LanguageOptionTest {

    @ParameterizedTest(name = "--lang {0} is {1}")
    @CsvSource({"ja, ja", "jp, ja", "ja-JP, ja", "ja_JP.UTF-8, ja", "JA, ja", "en, en", "en-US, en", "en_GB, en"})
    void languagesAreReadAsPeopleWriteThem(String written, String language) {
        assertThat(LanguageOption.language(written)).contains(language);
        CliRun run = CliRun.run("check", "--lang", written, "--as-of", "2026-11-29",
                "strategies/kushiro-3rd-draft.strategy");
        assertThat(run.out()).contains(language.equals("ja") ? "件の戦略を検査しました" : "1 strategy checked");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.run("check", "--lang", "fr", "strategies/kushiro-3rd-draft.strategy");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains("--lang takes ja or en");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # LC_ALL    | LC_MESSAGES  | LANG         | language
                        |              | ja_JP.UTF-8  | ja
                        | ja_JP.UTF-8  | en_US.UTF-8  | ja
            en_US.UTF-8 | ja_JP.UTF-8  | ja_JP.UTF-8  | en
            C           |              | ja_JP.UTF-8  | en
                        |              | C.UTF-8      | en
                        |              | de_DE.UTF-8  | en
            """)
    void theEnvironmentDecidesInPosixOrder(String all, String messages, String lang, String language) {
        Map<String, String> environment = new java.util.HashMap<>();
        Optional.ofNullable(all).ifPresent(value -> environment.put("LC_ALL", value));
        Optional.ofNullable(messages).ifPresent(value -> environment.put("LC_MESSAGES", value));
        Optional.ofNullable(lang).ifPresent(value -> environment.put("LANG", value));
        assertThat(LanguageOption.fromEnvironment(environment::get)).contains(language);
    }

    @Test
    void withoutAnyVariableTheSystemDecides() {
        assertThat(LanguageOption.fromEnvironment(name -> null)).isEmpty();
    }
}
