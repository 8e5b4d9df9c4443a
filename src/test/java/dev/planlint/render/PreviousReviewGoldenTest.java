package dev.planlint.render;

import dev.planlint.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

/**
 * Issue 12.8, the previous-period review (前期の検証), on the fictional pair strategies/examples/review-previous →
 * review: continued (under its name and another), replaced, split, merged, dropped with its reason and unaccounted
 * KPIs, final and interim values, in every format and in {@code planlint diff}, in both languages.
 */
class PreviousReviewGoldenTest {

    private static final String PREVIOUS = "strategies/examples/review-previous.strategy";
    private static final String CURRENT = "strategies/examples/review.strategy";

    private static String check(String format, String language) throws IOException {
        return CliRun.writing("check", "--as-of", GoldenFiles.AS_OF, "--fail-on", "never", "--format", format,
                "--lang", language, CURRENT).expectExit(0).writtenText();
    }

    private static String diff(String format, String language) throws IOException {
        return CliRun.writing("diff", "--as-of", GoldenFiles.AS_OF, "--lang", language, "--format", format,
                PREVIOUS, CURRENT).expectExit(0, 1).writtenText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void reviewInEveryFormat(String language) throws IOException {
        GoldenFiles.assertMatches(check("text", language), "review." + language + ".txt");
        GoldenFiles.assertMatches(check("markdown", language), "review." + language + ".md");
        GoldenFiles.assertMatches(check("html", language), "review." + language + ".html");
        if (language.equals("ja")) {
            GoldenFiles.assertMatches(check("json", language), "review.json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void reviewInTheDiff(String language) throws IOException {
        GoldenFiles.assertMatches(diff("text", language), "review-diff." + language + ".txt");
        GoldenFiles.assertMatches(diff("markdown", language), "review-diff." + language + ".md");
        GoldenFiles.assertMatches(diff("html", language), "review-diff." + language + ".html");
    }
}
