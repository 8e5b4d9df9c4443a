package dev.planlint.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A strategy whose names, definitions and suppression reasons hold {@code <script>}, quotes, {@code &}, commas,
 * {@code ]]>} and {@code ::} (a name cannot hold a line end or, for a KPI, a colon): every format stays well formed
 * and carries the text unchanged, and the GitHub format stays one command per line. Its golden files are in
 * {@link GoldenReportsTest}.
 */
class GoldenHostileNamesTest {

    static final String KPI = "<script>alert(1)</script>\"件数\", a&b %0A";
    static final String OTHER_KPI = "\"引用\" & <i>数</i>, ]]> --> 'q'";
    static final String GOAL = "空の目標 ::error file=a.strategy,line=1::injected, \"x\" <y> & 100%";
    static final String REASON = "理由 ::error::z, \"x\" <y> & 100%";

    @Test
    void junitIsWellFormedAndKeepsTheNames() throws Exception {
        Document report = JUnitSchemaTest.parse(GoldenFiles.checkFixture("junit", "hostile").written());

        List<String> names = new ArrayList<>();
        NodeList cases = report.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names).contains("target-equals-baseline " + KPI, "cumulative-target-decline " + OTHER_KPI);
        assertThat(report.getElementsByTagName("script").getLength()).isZero();
        Element skipped = (Element) report.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("suppressed: " + REASON);
    }

    @Test
    void sarifIsValidJsonAndKeepsTheTexts() throws Exception {
        String sarif = GoldenFiles.checkFixture("sarif", "hostile").writtenText();
        JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();

        List<String> messages = new ArrayList<>();
        List<String> justifications = new ArrayList<>();
        for (JsonElement element : run.getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            messages.add(result.getAsJsonObject("message").get("text").getAsString());
            if (result.has("suppressions")) {
                justifications.add(result.getAsJsonArray("suppressions").get(0).getAsJsonObject()
                        .get("justification").getAsString());
            }
        }
        assertThat(messages).anySatisfy(message -> assertThat(message).startsWith(KPI + ":"));
        assertThat(messages).anySatisfy(message -> assertThat(message).contains(GOAL));
        assertThat(justifications).containsExactly(REASON);
        assertThat(SarifSchemaTest.violations(sarif)).isEmpty();
    }

    @Test
    void githubHasNoExtraCommandLines() throws Exception {
        String annotations = GoldenFiles.checkFixture("github", "hostile").writtenText();

        assertThat(annotations.lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("::warning file="));
        assertThat(annotations).contains("a&b %250A").contains("100%25");
        assertThat(annotations.chars().filter(c -> c == '\n').count()).isEqualTo(4);
    }
}
