package dev.planlint.render;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.check.ReportedVision;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.Observation;
import dev.planlint.model.Subject;
import dev.planlint.model.VisionTarget;
import dev.planlint.path.PopulationPath;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The population vision (人口ビジョン) of a reported strategy as the reports show it: one line per population target
 * with the newest actual population and, for the target the path leads to, the path's value at the actual's year;
 * and the findings about the vision. Shared by the text, Markdown, HTML and xlsx renderers; the figures are the
 * report's ({@link ReportedVision}), only put into words here.
 */
final class VisionLines {

    private VisionLines() {
    }

    record Line(VisionTarget target, Optional<Observation> latest, Optional<PopulationPath> path) {

        /** The target year as written: 令和22(2040)年. */
        String year() {
            return target.time().written();
        }

        /** The target with its label, as written: 総人口13万人. */
        String targetText() {
            return target.label().orElse("") + target.value().written();
        }

        /** The newest actual population's figure (15万2千人), or empty. */
        String latestText() {
            return latest.map(actual -> actual.value().written()).orElse("");
        }

        /** When the newest actual population was counted (R6年), or empty. */
        String latestDate() {
            return latest.map(actual -> actual.time().written()).orElse("");
        }

        /** The path's value at the newest actual's year, where the path leads to this target: 158,000人. */
        String pathText() {
            return path.map(on -> Figures.grouped(on.pathValue(), 0) + on.unit()).orElse("");
        }

        /** The actual minus the path's value, and as a share of it, rounded as every rate is: -6,000人 (-3.8%). */
        String differenceText() {
            return path.map(on -> Figures.grouped(on.difference(), 0) + on.unit() + " ("
                    + Figures.percent(on.differenceRate().movePointRight(2)) + ")").orElse("");
        }
    }

    static List<Line> of(ReportedVision vision) {
        return vision.targets().stream()
                .map(target -> new Line(target, vision.latest(), vision.pathTowards(target))).toList();
    }

    /** The findings about the population vision of {@code strategy}: the vision's rules' and between periods'. */
    static List<ReportedFinding> findings(Report report, ReportedStrategy strategy) {
        return report.findings().stream()
                .filter(finding -> finding.subject().kind() == Subject.Kind.VISION
                        && finding.subject().file().equals(strategy.strategy().file()))
                .toList();
    }

    /** The active findings' messages, one a line. */
    static String messages(Report report, ReportedStrategy strategy, Locale locale) {
        return findings(report, strategy).stream().filter(ReportedFinding::isActive)
                .map(finding -> finding.message(locale)).collect(Collectors.joining("\n"));
    }

    /** The name of a vision row that {@code --actuals} reads back: the keyword of the population line. */
    static String rowName(Locale locale) {
        return Messages.text(locale, "sheet.vision.row");
    }
}
