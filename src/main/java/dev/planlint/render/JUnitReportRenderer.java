package dev.planlint.render;

import dev.planlint.catalog.RuleCatalog;
import dev.planlint.catalog.RuleInfo;
import dev.planlint.catalog.Severity;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code --format junit}: JUnit XML for CI test views (GitLab's artifacts:reports:junit, Jenkins). One test suite per
 * strategy file; in it one test case per rule and subject: a finding is a test case named
 * {@code "<rule-id> <subject>"}, a rule that found nothing in a checked file is one passing test case named by its
 * id. Errors and warnings fail their test case, info findings pass with the message as output, suppressed findings
 * and findings known from the baseline are skipped, and each problem with the input is an errored test case
 * {@code "input-error <line>:<column>"}.
 */
public final class JUnitReportRenderer implements ReportRenderer {

    private final Locale locale;
    private final RuleCatalog catalog;

    public JUnitReportRenderer(Locale locale, RuleCatalog catalog) {
        this.locale = locale;
        this.catalog = catalog;
    }

    @Override
    public void render(Report report, OutputStream stream) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "planlint");
            List<JUnitSuite> suites = suites(report);
            xml.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(JUnitSuite::tests).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.stream().mapToInt(JUnitSuite::failures).sum()));
            xml.writeAttribute("errors", String.valueOf(suites.stream().mapToInt(JUnitSuite::errors).sum()));
            for (JUnitSuite suite : suites) {
                suite.write(xml);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException broken) {
            throw new IOException("cannot write the JUnit report: " + broken.getMessage(), broken);
        }
    }

    private List<JUnitSuite> suites(Report report) {
        Set<String> checked = report.strategies().stream().map(loaded -> loaded.strategy().file())
                .collect(Collectors.toSet());
        Set<String> files = new TreeSet<>(checked);
        report.diagnostics().forEach(diagnostic -> files.add(diagnostic.position().file()));
        report.findings().forEach(finding -> files.add(finding.subject().file()));
        return files.stream().map(file -> suite(file, checked.contains(file), report)).toList();
    }

    private JUnitSuite suite(String file, boolean checked, Report report) {
        JUnitSuite suite = new JUnitSuite(file);
        for (Diagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.position().file().equals(file)) {
                String message = diagnostic.message(locale);
                String line = diagnostic.position() + ": "
                        + Messages.text(locale, "severity." + diagnostic.severity().name()) + ": " + message;
                JUnitSuite.Case test = suite.add("input-error " + diagnostic.position().place());
                if (diagnostic.isError()) {
                    test.error("input-error", message, line);
                } else {
                    test.output(line);
                }
            }
        }
        List<ReportedFinding> findings = report.findings().stream()
                .filter(finding -> finding.subject().file().equals(file)).toList();
        Set<String> rules = new TreeSet<>();
        if (checked) {
            catalog.rules().stream().map(RuleInfo::id).forEach(rules::add);
        }
        findings.forEach(finding -> rules.add(finding.ruleId()));
        for (String rule : rules) {
            List<ReportedFinding> ofRule = findings.stream().filter(finding -> finding.ruleId().equals(rule))
                    .toList();
            if (ofRule.isEmpty()) {
                suite.add(rule);
            }
            ofRule.forEach(finding -> testCase(suite, finding));
        }
        return suite;
    }

    private void testCase(JUnitSuite suite, ReportedFinding finding) {
        JUnitSuite.Case test = suite.add(finding.ruleId() + " " + finding.subject().name());
        String message = finding.message(locale);
        String line = finding.subject().file() + ":" + finding.subject().line() + ":" + finding.subject().column()
                + ": " + Messages.text(locale, "severity." + finding.severity().name()) + ": " + message + " ["
                + finding.ruleId() + "]";
        if (finding.isSuppressed()) {
            test.skip(Messages.format(locale, "report.suppressed", finding.suppressedBecause().orElseThrow()));
        } else if (finding.inBaseline()) {
            test.skip(Messages.text(locale, "report.unchanged"));
        } else if (finding.severity().atLeast(Severity.WARNING)) {
            test.fail(finding.severity().label(), message, line);
        } else {
            test.output(line);
        }
    }
}
