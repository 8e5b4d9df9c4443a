package dev.planlint.render;

import dev.planlint.check.Grading;
import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.check.ReportedKpi;
import dev.planlint.check.ReportedStrategy;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Numbering;
import dev.planlint.model.Observation;
import dev.planlint.model.Place;
import dev.planlint.model.Strategy;
import dev.planlint.model.Subject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The KPIs of a report in the order they are written, each with what the report says about it: its latest value and
 * grade as the rules judged them and the number of findings about it. Shared by the Markdown, HTML and xlsx renderers.
 */
final class KpiLines {

    /** How a KPI is drawn and labelled, from its grade: on track, off track, or not graded. */
    enum Track {
        ON_TRACK("on-track"),
        OFF_TRACK("off-track"),
        NO_DATA("no-data");

        private final String css;

        Track(String css) {
            this.css = css;
        }

        String css() {
            return css;
        }
    }

    record Line(ReportedStrategy strategy, ReportedKpi reported, long findings) {

        /** Where the KPI stands, as the report's first column: 1 for a goal's target, 1①ア for a measure's KPI. */
        String where(Locale locale) {
            Place place = reported.place();
            if (reported.level() == KpiLevel.OVERALL) {
                return Messages.text(locale, "report.overall");
            }
            return place.goal() + (place.measure() > 0 ? Numbering.measureMarker(place.measure()) : "")
                    + (place.subMeasure() > 0 ? Numbering.subMeasureMarker(place.subMeasure()) : "");
        }

        Kpi kpi() {
            return reported.kpi();
        }

        Optional<Grading> status() {
            return reported.grade();
        }

        Optional<Observation> latest() {
            return reported.latest();
        }

        Track track() {
            return status().map(s -> s.onTrack() ? Track.ON_TRACK : Track.OFF_TRACK).orElse(Track.NO_DATA);
        }

        String file() {
            return strategy.strategy().file();
        }

        /**
         * "on track (A)": whether the grade calls for action, and the grade; "not judgeable (no actual value)" where
         * the scheme cannot grade the KPI; else "not graded".
         */
        String statusText(Locale locale) {
            return status().map(s -> Messages.format(locale, "report.status",
                            Messages.text(locale, "report.track." + track().name()),
                            Messages.words(locale, s.grade()).orElse(s.grade().toString())))
                    .or(() -> reported.notJudgeable().map(reason -> Messages.format(locale, "report.notJudgeable",
                            Messages.words(locale, reason).orElse(reason.id()))))
                    .orElse(Messages.text(locale, "report.track.NO_DATA"));
        }

        String latestText() {
            return latest().map(Figures::observation).orElse("—");
        }

        /** The achievement rate to one decimal (62.5%), as KpiPath works it out; "—" where there is none. */
        String rateText() {
            return reported.achievementRate().map(Figures::percent).orElse("—");
        }

        String figureText() {
            return status().map(Grading::figure).map(figure -> Figures.number(figure, 3)).orElse("—");
        }
    }

    private KpiLines() {
    }

    static List<Line> of(Report report) {
        return report.strategies().stream().flatMap(strategy -> of(report, strategy).stream()).toList();
    }

    /** Findings are counted by file and KPI name, once, so that a batch of plans stays linear. */
    static List<Line> of(Report report, ReportedStrategy strategy) {
        Map<String, Long> findings = report.findings().stream().map(ReportedFinding::subject)
                .filter(subject -> subject.kind() == Subject.Kind.KPI
                        && subject.file().equals(strategy.strategy().file()))
                .collect(Collectors.groupingBy(Subject::name, Collectors.counting()));
        return strategy.kpis().stream()
                .map(kpi -> new Line(strategy, kpi, findings.getOrDefault(kpi.kpi().name(), 0L)))
                .toList();
    }

    /** The title of a strategy: its 戦略名, else its file. */
    static String title(Strategy strategy) {
        return ReportedStrategy.title(strategy);
    }

    static String title(ReportedStrategy strategy) {
        return strategy.title();
    }
}
