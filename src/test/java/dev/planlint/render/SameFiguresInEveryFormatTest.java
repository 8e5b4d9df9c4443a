package dev.planlint.render;

import dev.planlint.CliRun;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Done when": for the Kushiro pair, what the report says of each KPI's outcome (its latest value, its
 * achievement rate and its grade, all in the words of the previous-target findings) reads the same in the text,
 * JSON, Markdown and HTML reports, in both languages.
 */
class SameFiguresInEveryFormatTest {

    private static final String[] KUSHIRO = {"strategies/kushiro-2nd.strategy", "strategies/kushiro-3rd-draft.strategy"};

    private static String report(String format, String language) {
        List<String> arguments = new ArrayList<>(List.of("check", "--as-of", "2026-12-01", "--lang", language,
                "--format", format));
        arguments.addAll(List.of(KUSHIRO));
        return CliRun.run(arguments.toArray(String[]::new)).out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void eachOutcomeReadsTheSameInEveryFormat(String language) {
        JsonObject json = JsonParser.parseString(report("json", language)).getAsJsonObject();
        String text = report("text", language);
        String markdown = report("markdown", language);
        String html = report("html", language);
        List<String> outcomes = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("findings")) {
            JsonObject finding = element.getAsJsonObject();
            String rule = finding.get("rule").getAsString();
            if (rule.equals("previous-target-met") || rule.equals("previous-target-missed")
                    || rule.equals("progress-behind")) {
                outcomes.add(finding.getAsJsonObject("message").get(language).getAsString());
            }
        }
        assertThat(outcomes).as("the Kushiro pair judges its old targets").hasSizeGreaterThanOrEqualTo(7);
        for (String message : outcomes) {
            assertThat(text).as("text").contains(message);
            assertThat(markdown).as("markdown").contains(Escape.markdown(message));
            assertThat(html).as("html").contains(Escape.html(message));
        }
        assertThat(String.join("\n", outcomes)).as("rates to one decimal, with their formula")
                .containsPattern(language.equals("ja") ? "達成率 -?[0-9,]+\\.[0-9]%（\\(実績 − 基準値\\)/\\(目標値 − 基準値\\)）"
                        : "achievement rate -?[0-9,]+\\.[0-9]% \\(\\(actual − baseline\\)/\\(target − baseline\\)\\)");
    }
}
