package dev.planlint.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GitHub workflow commands are escaped so that no text can end a line, a property, or start a command. */
class GithubWorkflowCommandTest {

    @Test
    void messagesEscapePercentAndLineEnds() {
        assertThat(WorkflowCommand.data("100% done\r\n::error::x")).isEqualTo("100%25 done%0D%0A::error::x");
    }

    @Test
    void propertiesAlsoEscapeColonsAndCommas() {
        assertThat(WorkflowCommand.property("a,b:c%d\ne")).isEqualTo("a%2Cb%3Ac%25d%0Ae");
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotDecodedTwice() {
        assertThat(WorkflowCommand.data("%0A")).isEqualTo("%250A");
        assertThat(WorkflowCommand.property("%2C")).isEqualTo("%252C");
    }

    @Test
    void anInjectionAttemptStaysOneAnnotation() {
        String line = WorkflowCommand.annotation("warning", "a,line=99::x.strategy", 3, 4, "rule,title=x::y",
                "first\n::error file=evil.strategy::injected\r\n::add-mask::secret");

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(line).startsWith("::warning file=a%2Cline=99%3A%3Ax.strategy,line=3,col=4,title=rule%2Ctitle=x%3A%3Ay::");
        assertThat(line.indexOf("::", 2)).as("the properties end at the first :: after the command")
                .isEqualTo(line.indexOf("::first"));
    }

    @Test
    void hostileStrategyGivesOneCommandLinePerActiveFinding() throws Exception {
        List<String> lines = GoldenFiles.checkFixture("github", "hostile").writtenText().lines().toList();

        assertThat(lines).hasSize(4).allSatisfy(line ->
                assertThat(line).matches("::(error|warning|notice) file=[^,:]+,line=\\d+,col=\\d+,title=[^,:]+::.*"));
        assertThat(String.join("\n", lines)).doesNotContain("cumulative-target-decline");
    }

    @Test
    void aCleanStrategyPrintsNothing() throws Exception {
        assertThat(GoldenFiles.checkFixture("github", "clean").written()).isEmpty();
    }

    @Test
    void inputErrorsAreErrorAnnotations() throws Exception {
        assertThat(GoldenFiles.checkFixture("github", "syntax-error").writtenText())
                .startsWith("::error file=src/test/resources/golden/syntax-error.strategy,line=7,col=23,"
                        + "title=input-error::");
    }
}
