package dev.planlint.parser;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Strategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses test strategies from src/test/resources/dev/planlint/parser and small texts built by the tests. */
final class ParserTestSupport {

    /** The lines before a numeric target in the texts built by {@link #withKpiLine}: the target is line 4. */
    static final String BEFORE_KPI = "計画期間：令和2年度～令和6年度\n【基本目標1】テスト\n数値目標：\n";

    private ParserTestSupport() {
    }

    static String resource(String name) {
        try (InputStream in = ParserTestSupport.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a resource that must have no errors (notices are allowed). */
    static Strategy parseValid(String name) {
        StrategyParsing.Result result = StrategyParsing.parse(name, resource(name));
        assertThat(result.diagnostics()).as("errors in %s", name).noneMatch(Diagnostic::isError);
        return result.strategy().orElseThrow();
    }

    /** A strategy whose only numeric target is {@code kpiLine}, on line 4. */
    static StrategyParsing.Result withKpiLine(String kpiLine) {
        return StrategyParsing.parse("t.strategy", BEFORE_KPI + kpiLine + "\n");
    }

    static List<Diagnostic> errors(StrategyParsing.Result result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }
}
