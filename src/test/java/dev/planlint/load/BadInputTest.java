package dev.planlint.load;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.diagnostic.Messages;
import dev.planlint.diagnostic.InputSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bad input per row: the file under src/test/resources/dev/planlint/load/bad, and the one diagnostic it gives,
 * with the file, line and column it points at. Every position was counted by hand.
 */
class BadInputTest {

    private static final Path BAD = resourceDirectory("bad");

    /** Codes checked elsewhere because their inputs are built by the test: see StrategyLoaderTest. */
    private static final Set<String> CHECKED_IN_STRATEGY_LOADER_TEST = Set.of(
            "file.directory", "file.tooLarge", "file.lineTooLong", "file.chainTooLong", "file.unreadable",
            "file.outsideProject", "file.symlinkLoop", "strategy.tooManyElements");

    @ParameterizedTest(name = "{0}: {2} at {3}:{4}:{5}")
    @CsvSource(delimiter = '|', textBlock = """
            # input file                        | severity | code                       | reported in                        | line | column
            syntax-line.strategy                 | ERROR  | syntax.line                | syntax-line.strategy                 | 2 | 1
            header-after-goal.strategy           | ERROR  | syntax.goalLine            | header-after-goal.strategy           | 3 | 1
            sub-measure-without-measure.strategy | ERROR  | syntax.goalLine            | sub-measure-without-measure.strategy | 3 | 3
            target-without-date.strategy         | ERROR  | syntax.kpi                 | target-without-date.strategy         | 4 | 24
            truncated.strategy                   | ERROR  | syntax.kpi                 | truncated.strategy                   | 4 | 27
            kpi-extra.strategy                   | ERROR  | syntax.kpi                 | kpi-extra.strategy                   | 4 | 30
            targets-empty.strategy               | ERROR  | syntax.kpi                 | targets-empty.strategy               | 4 | 1
            unit-with-open-slash.strategy        | ERROR  | syntax.kpi                 | unit-with-open-slash.strategy        | 4 | 13
            syntax-actuals.strategy              | ERROR  | syntax.actuals             | syntax-actuals.strategy              | 5 | 12
            period-half-range.strategy           | ERROR  | syntax.time                | period-half-range.strategy           | 1 | 11
            vision-without-value.strategy        | ERROR  | syntax.vision              | vision-without-value.strategy        | 2 | 21
            vision-sign-without-number.strategy  | ERROR  | syntax.quantity            | vision-sign-without-number.strategy  | 2 | 22
            vision-year-only.strategy            | ERROR  | syntax.vision              | vision-year-only.strategy            | 2 | 20
            syntax-population.strategy           | ERROR  | syntax.population          | syntax-population.strategy           | 2 | 20
            kpi-heading-under-goal.strategy      | ERROR  | syntax.measureKpis         | kpi-heading-under-goal.strategy      | 3 | 1
            syntax-migration.strategy            | ERROR  | syntax.migration           | syntax-migration.strategy            | 2 | 24
            syntax-impact.strategy               | ERROR  | syntax.impact              | syntax-impact.strategy               | 2 | 22
            priorities-empty.strategy            | ERROR  | syntax.measure             | priorities-empty.strategy            | 3 | 1
            syntax-relisted.strategy             | ERROR  | syntax.relisted            | syntax-relisted.strategy             | 4 | 16
            syntax-dropped.strategy              | ERROR  | syntax.dropped             | syntax-dropped.strategy              | 3 | 9
            syntax-suppression.strategy          | ERROR  | syntax.suppression         | syntax-suppression.strategy          | 3 | 4
            syntax-link.strategy                 | ERROR  | syntax.link                | syntax-link.strategy                 | 5 | 13
            syntax-text.strategy                 | ERROR  | syntax.text                | syntax-text.strategy                 | 2 | 8
            multiplier-order.strategy            | ERROR  | figure.multiplierOrder     | multiplier-order.strategy            | 4 | 13
            too-many-digits.strategy             | ERROR  | figure.tooManyDigits       | too-many-digits.strategy             | 4 | 10
            share-with-multiplier.strategy       | ERROR  | figure.shareWithMultiplier | share-with-multiplier.strategy       | 4 | 10
            fraction-of-count.strategy           | ERROR  | figure.fractionOfCount     | fraction-of-count.strategy           | 4 | 10
            syntax-baseline.strategy             | ERROR  | syntax.baseline            | syntax-baseline.strategy             | 4 | 10
            syntax-target-figure.strategy        | ERROR  | syntax.targetFigure        | syntax-target-figure.strategy        | 4 | 21
            actual-increment.strategy            | ERROR  | actuals.increment          | actual-increment.strategy            | 6 | 21
            target-change-unit.strategy          | ERROR  | target.changeUnit          | target-change-unit.strategy          | 4 | 24
            unknown-era.strategy                 | ERROR  | time.unknownEra            | unknown-era.strategy                 | 4 | 14
            year-without-era.strategy            | ERROR  | time.yearWithoutEra        | year-without-era.strategy            | 4 | 14
            past-era-end.strategy                | NOTICE | time.pastEraEnd            | past-era-end.strategy                | 4 | 14
            negative-count.strategy              | NOTICE | figure.negativeCount       | negative-count.strategy              | 4 | 7
            share-over-whole.strategy            | NOTICE | figure.shareOverWhole      | share-over-whole.strategy            | 4 | 26
            pair-mismatch.strategy               | ERROR  | time.pairMismatch          | pair-mismatch.strategy               | 2 | 13
            pair-mismatch-letter.strategy        | ERROR  | time.pairMismatch          | pair-mismatch-letter.strategy        | 4 | 17
            year-out-of-range.strategy           | ERROR  | time.yearOutOfRange        | year-out-of-range.strategy           | 4 | 14
            era-year-zero.strategy               | ERROR  | time.eraYearZero           | era-year-zero.strategy               | 4 | 14
            thousand-repeated.strategy           | ERROR  | figure.multiplierOrder     | thousand-repeated.strategy           | 4 | 13
            series-labelled-actual.strategy      | ERROR  | series.labelledActual      | series-labelled-actual.strategy      | 5 | 8
            series-unlabelled.strategy           | ERROR  | series.unlabelled          | series-unlabelled.strategy           | 4 | 34
            series-missing-in-target.strategy    | ERROR  | series.missingInTarget     | series-missing-in-target.strategy    | 4 | 34
            series-unknown-label.strategy        | ERROR  | series.unknownLabel        | series-unknown-label.strategy        | 5 | 16
            series-repeated.strategy             | ERROR  | series.repeated            | series-repeated.strategy             | 4 | 19
            series-bound-in-value.strategy       | ERROR  | series.boundInValue        | series-bound-in-value.strategy       | 4 | 18
            series-unlabelled-actual.strategy    | ERROR  | series.unlabelledActual    | series-unlabelled-actual.strategy    | 5 | 8
            series-figure-misplaced.strategy     | ERROR  | series.figureMisplaced     | series-figure-misplaced.strategy     | 4 | 19
            no-kind.strategy                     | NOTICE | time.kindUnspecified       | no-kind.strategy                     | 4 | 14
            period-no-kind.strategy              | ERROR  | time.noKind                | period-no-kind.strategy              | 1 | 6
            no-such-date.strategy                | ERROR  | time.noSuchDate            | no-such-date.strategy                | 4 | 14
            span-without-period.strategy         | ERROR  | time.spanWithoutPeriod     | span-without-period.strategy         | 3 | 26
            span-not-period.strategy             | ERROR  | time.spanNotPeriod         | span-not-period.strategy             | 4 | 26
            extension-count.strategy             | ERROR  | time.extensionCount        | extension-count.strategy             | 1 | 18
            extension-without-end.strategy       | ERROR  | time.extensionWithoutEnd   | extension-without-end.strategy       | 1 | 18
            extension-not-later.strategy         | ERROR  | time.extensionNotLater     | extension-not-later.strategy         | 1 | 18
            year-kind-unknown.strategy           | ERROR  | yearKind.unknown           | year-kind-unknown.strategy           | 2 | 7
            mixed-kinds.strategy                 | ERROR  | time.mixedKinds            | mixed-kinds.strategy                 | 4 | 14
            reversed.strategy                    | ERROR  | time.reversed              | reversed.strategy                    | 4 | 14
            period-shape.strategy                | ERROR  | time.periodShape           | period-shape.strategy                | 1 | 6
            range-without-aggregate.strategy     | ERROR  | time.rangeWithoutAggregate | range-without-aggregate.strategy     | 4 | 14
            aggregate-without-range.strategy     | ERROR  | time.aggregateWithoutRange | aggregate-without-range.strategy     | 4 | 14
            vision-year.strategy                 | ERROR  | time.visionYear            | vision-year.strategy                 | 2 | 9
            header-repeated.strategy             | ERROR  | header.repeated            | header-repeated.strategy             | 2 | 1
            kpi-attribute-repeated.strategy      | ERROR  | kpi.attributeRepeated      | kpi-attribute-repeated.strategy      | 6 | 5
            kpi-actual-repeated.strategy         | ERROR  | kpi.actualRepeated         | kpi-actual-repeated.strategy         | 6 | 8
            impact-unknown.strategy              | ERROR  | impact.unknown             | impact-unknown.strategy              | 2 | 15
            impact-out-of-range.strategy         | ERROR  | impact.outOfRange          | impact-out-of-range.strategy         | 2 | 23
            impact-fraction.strategy             | ERROR  | impact.outOfRange          | impact-fraction.strategy             | 2 | 17
            relist-incomplete.strategy           | ERROR  | relist.incompleteAddress   | relist-incomplete.strategy           | 4 | 6
            status-unknown.strategy              | ERROR  | status.unknown             | status-unknown.strategy              | 2 | 4
            direction-unknown.strategy           | ERROR  | direction.unknown          | direction-unknown.strategy           | 5 | 10
            no-goals.strategy                    | ERROR  | strategy.noGoals           | no-goals.strategy                    | 1 | 1
            no-period.strategy                   | ERROR  | strategy.noPeriod          | no-period.strategy                   | 1 | 1
            numbering-goal.strategy              | NOTICE | numbering.goalGap          | numbering-goal.strategy              | 3 | 1
            goal-number-huge.strategy            | NOTICE | numbering.goalGap          | goal-number-huge.strategy            | 2 | 1
            measure-number-huge.strategy         | NOTICE | numbering.measureGap       | measure-number-huge.strategy         | 3 | 1
            numbering-measure.strategy           | NOTICE | numbering.measureGap       | numbering-measure.strategy           | 4 | 1
            numbering-sub.strategy               | NOTICE | numbering.subMeasureGap    | numbering-sub.strategy               | 5 | 3
            numbering-goal-back.strategy         | ERROR  | numbering.goal             | numbering-goal-back.strategy         | 4 | 1
            numbering-measure-back.strategy      | ERROR  | numbering.measure          | numbering-measure-back.strategy      | 5 | 1
            numbering-sub-back.strategy          | ERROR  | numbering.subMeasure       | numbering-sub-back.strategy          | 6 | 3
            duplicate-kpi.strategy               | ERROR  | kpi.duplicateName          | duplicate-kpi.strategy               | 5 | 2
            relist-nowhere.strategy              | ERROR  | relist.nowhere             | relist-nowhere.strategy              | 4 | 6
            relist-ambiguous.strategy            | ERROR  | relist.ambiguous           | relist-ambiguous.strategy            | 8 | 6
            relist-dangling.strategy             | ERROR  | relist.dangling            | relist-dangling.strategy             | 5 | 6
            relist-to-relisting.strategy         | ERROR  | relist.toRelisting         | relist-to-relisting.strategy         | 6 | 6
            relist-name-differs.strategy         | ERROR  | relist.nameDiffers         | relist-name-differs.strategy         | 5 | 8
            missing-predecessor.strategy         | ERROR  | file.missing               | missing-predecessor.strategy         | 2 | 1
            loop-a.strategy                      | ERROR  | file.predecessorLoop       | loop-b.strategy                      | 2 | 1
            empty.strategy                       | ERROR  | file.empty                 | empty.strategy                       | 1 | 1
            binary.strategy                      | ERROR  | file.binary                | binary.strategy                      | 2 | 9
            shift-jis.strategy                   | ERROR  | file.shiftJis              | shift-jis.strategy                   | 1 | 1
            not-decodable.strategy               | ERROR  | file.notDecodable          | not-decodable.strategy               | 2 | 11
            """)
    void badInputGivesItsDiagnostic(String input, InputSeverity severity, String code, String reportedIn, int line,
                                    int column) {
        LoadResult result = StrategyLoader.load(BAD.resolve(input));

        assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.severity()).isEqualTo(severity);
            assertThat(diagnostic.code()).isEqualTo(code);
            assertThat(Path.of(diagnostic.position().file()).getFileName()).hasToString(reportedIn);
            assertThat(diagnostic.position().line()).isEqualTo(line);
            assertThat(diagnostic.position().column()).isEqualTo(column);
            assertHasMessages(diagnostic);
        });
        assertThat(result.strategy().isPresent()).as("a strategy with an error is not loaded")
                .isEqualTo(severity == InputSeverity.NOTICE);
    }

    @Test
    void everyBadInputFileIsInTheTable() throws IOException {
        Set<String> inTable = tableRows().map(row -> row.split("\\|")[0].strip()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(BAD)) {
            Set<String> onDisk = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
            onDisk.remove("loop-b.strategy");
            assertThat(inTable).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    /** Every diagnostic the messages name is given by some bad input, here, in StrategyLoaderTest or in CheckInputErrorsTest. */
    @Test
    void everyDiagnosticCodeIsTested() {
        Set<String> tested = tableRows().map(row -> row.split("\\|")[2].strip()).collect(Collectors.toSet());
        tested.addAll(CHECKED_IN_STRATEGY_LOADER_TEST);
        tested.addAll(dev.planlint.check.CheckInputErrorsTest.CODES);
        tested.addAll(dev.planlint.robustness.InputBoundsTest.CODES);
        tested.addAll(XlsxActualsTest.CODES);
        assertThat(tested).containsExactlyInAnyOrderElementsOf(diagnosticCodes());
    }

    static void assertHasMessages(Diagnostic diagnostic) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            String message = diagnostic.message(locale);
            assertThat(message).as("%s in %s", diagnostic.code(), locale)
                    .doesNotStartWith("diagnostic.")
                    .doesNotContain("{0}", "{1}", "{2}", "{3}");
        }
        assertThat(diagnostic.message(Locale.JAPANESE)).isNotEqualTo(diagnostic.message(Locale.ENGLISH));
    }

    static Set<String> diagnosticCodes() {
        Properties english = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dev/planlint/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> codes = new HashSet<>();
        english.stringPropertyNames().stream().filter(key -> key.startsWith("diagnostic."))
                .forEach(key -> codes.add(key.substring("diagnostic.".length())));
        return codes;
    }

    private static Stream<String> tableRows() {
        try {
            var method = BadInputTest.class.getDeclaredMethod("badInputGivesItsDiagnostic", String.class,
                    InputSeverity.class, String.class, String.class, int.class, int.class);
            String table = method.getAnnotation(CsvSource.class).textBlock();
            return table.lines().map(String::strip).filter(row -> !row.isEmpty() && !row.startsWith("#"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path resourceDirectory(String name) {
        try {
            return Path.of(BadInputTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
