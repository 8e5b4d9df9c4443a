package dev.planlint.render;

import dev.planlint.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JUnit report validates against the Jenkins xUnit plugin's junit-10.xsd and says what CI should show. */
class JUnitSchemaTest {

    static final Path SCHEMA = Path.of("src/test/resources/schemas/junit-10.xsd");

    static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(SCHEMA.toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture", "clean", "syntax-error", "hostile"})
    void reportValidatesAgainstTheSchema(String fixture) throws Exception {
        validate(GoldenFiles.checkFixture("junit", fixture).writtenText());
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        assertThatThrownBy(() -> validate("<testsuites><testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\">"
                + "<testcase classname=\"x\"/></testsuite></testsuites>")).isInstanceOf(SAXException.class);
    }

    @Test
    void findingsFailOrPassOrAreSkippedByWhatTheyAre() throws Exception {
        Document report = parse(GoldenFiles.checkFixture("junit", "fixture").written());

        assertThat(outcome(report, "cumulative-target-decline 創業者数")).isEqualTo("failure");
        assertThat(outcome(report, "weak-target 市内事業所の従業者数")).isEqualTo("failure");
        assertThat(outcome(report, "target-equals-baseline 就労支援による就職者数")).isEqualTo("skipped");
        assertThat(outcome(report, "bound-met-at-baseline 待機児童数")).isEqualTo("system-out");
        assertThat(outcome(report, "unit-mismatch")).as("a rule that found nothing passes").isEqualTo("passed");
        Element suite = (Element) report.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("src/test/resources/golden/fixture.strategy");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void inputErrorsAreErroredTestCases() throws Exception {
        Document report = parse(GoldenFiles.checkFixture("junit", "syntax-error").written());

        assertThat(outcome(report, "input-error 7:23")).isEqualTo("error");
        assertThat(report.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void testCaseNamesAreUniqueSoViewersShowEveryFinding(@TempDir Path directory) throws Exception {
        Path kushiro = directory.resolve("kushiro.xml");
        CliRun run = CliRun.run(List.of("check", "--format", "junit", "--lang", "en", "--as-of", GoldenFiles.AS_OF,
                "--fail-on", "never", "--output", kushiro.toString(), "strategies/kushiro-3rd-draft.strategy"));
        assertThat(run.exit()).as(run.err()).isZero();
        byte[] xml = Files.readAllBytes(kushiro);
        validate(new String(xml, StandardCharsets.UTF_8));
        Document report = parse(xml);

        NodeList suites = report.getElementsByTagName("testsuite");
        int findingCases = 0;
        for (int s = 0; s < suites.getLength(); s++) {
            NodeList cases = ((Element) suites.item(s)).getElementsByTagName("testcase");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < cases.getLength(); i++) {
                String name = ((Element) cases.item(i)).getAttribute("name");
                assertThat(names.add(name)).as("test case name %s is unique in its suite", name).isTrue();
                findingCases += name.contains(" ") ? 1 : 0;
            }
        }
        assertThat(findingCases).as("one test case per finding").isEqualTo(findingCount());
        assertThat(outcome(report, "vision-target-postponed 合計特殊出生率")).isEqualTo("failure");
        assertThat(outcome(report, "vision-target-postponed 合計特殊出生率 #2")).isEqualTo("failure");
    }

    private static long findingCount() {
        CliRun json = CliRun.run(List.of("check", "--format", "json", "--as-of", GoldenFiles.AS_OF, "--fail-on",
                "never", "strategies/kushiro-3rd-draft.strategy"));
        return com.google.gson.JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("findings")
                .size();
    }

    private static String outcome(Document report, String name) {
        NodeList cases = report.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element test = (Element) cases.item(i);
            names.add(test.getAttribute("name"));
            if (test.getAttribute("name").equals(name)) {
                NodeList children = test.getElementsByTagName("*");
                return children.getLength() == 0 ? "passed" : children.item(0).getNodeName();
            }
        }
        throw new AssertionError("no test case " + name + " in " + names);
    }
}
