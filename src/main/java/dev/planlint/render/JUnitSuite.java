package dev.planlint.render;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One {@code <testsuite>} of the JUnit report (a strategy file) and its test cases, counted and written. */
final class JUnitSuite {

    private final String file;
    private final List<Case> cases = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    JUnitSuite(String file) {
        this.file = file;
    }

    /**
     * A new test case. Names are unique within the suite, as JUnit viewers and GitLab merge test cases of the same
     * name: a name already taken gets {@code " #2"}, {@code " #3"}… in the order the cases are added (the report's
     * order), so the first keeps its plain name and a name changes only when an earlier namesake comes or goes.
     */
    Case add(String name) {
        String unique = name;
        for (int number = 2; names.contains(unique); number++) {
            unique = name + " #" + number;
        }
        names.add(unique);
        Case test = new Case(unique);
        cases.add(test);
        return test;
    }

    int tests() {
        return cases.size();
    }

    int failures() {
        return (int) cases.stream().filter(test -> "failure".equals(test.outcome)).count();
    }

    int errors() {
        return (int) cases.stream().filter(test -> "error".equals(test.outcome)).count();
    }

    int skipped() {
        return (int) cases.stream().filter(test -> "skipped".equals(test.outcome)).count();
    }

    void write(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", XmlText.of(file));
        xml.writeAttribute("tests", String.valueOf(tests()));
        xml.writeAttribute("failures", String.valueOf(failures()));
        xml.writeAttribute("errors", String.valueOf(errors()));
        xml.writeAttribute("skipped", String.valueOf(skipped()));
        for (Case test : cases) {
            test.write(xml);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** A {@code <testcase>}: passed, or with one failure, error or skipped element, and maybe output. */
    final class Case {

        private final String name;
        private String outcome;
        private String type;
        private String message;
        private String text;
        private String output;

        private Case(String name) {
            this.name = name;
        }

        void fail(String type, String message, String text) {
            set("failure", type, message, text);
        }

        void error(String type, String message, String text) {
            set("error", type, message, text);
        }

        void skip(String message) {
            set("skipped", null, message, null);
        }

        void output(String output) {
            this.output = output;
        }

        private void set(String outcome, String type, String message, String text) {
            this.outcome = outcome;
            this.type = type;
            this.message = message;
            this.text = text;
        }

        private void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeCharacters("\n    ");
            boolean empty = outcome == null && output == null;
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("name", XmlText.of(name));
            xml.writeAttribute("classname", XmlText.of(file));
            if (empty) {
                return;
            }
            if (outcome != null) {
                xml.writeCharacters("\n      ");
                if (text == null) {
                    xml.writeEmptyElement(outcome);
                } else {
                    xml.writeStartElement(outcome);
                }
                if (type != null) {
                    xml.writeAttribute("type", XmlText.of(type));
                }
                xml.writeAttribute("message", XmlText.of(message));
                if (text != null) {
                    xml.writeCharacters(XmlText.of(text));
                    xml.writeEndElement();
                }
            }
            if (output != null) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(XmlText.of(output));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
    }
}
