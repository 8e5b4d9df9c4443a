package dev.planlint.render;

import dev.planlint.check.Report;
import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Messages;
import dev.planlint.facts.KpiStatus;
import dev.planlint.model.Subject;
import dev.planlint.load.LoadedStrategy;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Observation;
import dev.planlint.path.KpiPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The KPIs of a report in the order they are written, each with what the report says about it: its grade from
 * {@link Report#statuses()} and the number of findings about it. Shared by the Markdown, HTML and xlsx renderers.
 */
final class KpiLines {

    /** How a KPI is drawn and labelled, from its status: graded on track, graded off track, or not graded. */
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

    record Line(LoadedStrategy strategy, BasicGoal goal, Kpi kpi, Optional<KpiStatus> status, long findings,
                Optional<Observation> latest) {

        Track track() {
            return status.map(s -> s.isOnTrack() ? Track.ON_TRACK : Track.OFF_TRACK).orElse(Track.NO_DATA);
        }

        String file() {
            return strategy.strategy().file();
        }

        /** "on track (A)": whether the grade calls for action, and the grade; or "no data". */
        String statusText(Locale locale) {
            return status.map(s -> Messages.format(locale, "report.status",
                            Messages.text(locale, "report.track." + track().name()), s.getGrade()))
                    .orElse(Messages.text(locale, "report.track.NO_DATA"));
        }

        String latestText() {
            return latest.map(Figures::observation).orElse("—");
        }

        String figureText() {
            return status.map(KpiStatus::getFigure).map(figure -> Figures.number(figure, 3)).orElse("—");
        }
    }

    private KpiLines() {
    }

    static List<Line> of(Report report) {
        return report.strategies().stream().flatMap(strategy -> of(report, strategy).stream()).toList();
    }

    /** Statuses and findings are looked up by file and KPI name, once, so that a batch of plans stays linear. */
    static List<Line> of(Report report, LoadedStrategy strategy) {
        Map<String, KpiStatus> statuses = new HashMap<>();
        report.statuses().stream().filter(status -> isKpiOf(status.getSubject(), strategy))
                .forEach(status -> statuses.putIfAbsent(status.getSubject().name(), status));
        Map<String, Long> findings = report.findings().stream().map(ReportedFinding::subject)
                .filter(subject -> isKpiOf(subject, strategy))
                .collect(Collectors.groupingBy(Subject::name, Collectors.counting()));
        List<Line> lines = new ArrayList<>();
        for (BasicGoal goal : strategy.strategy().goals()) {
            for (Kpi kpi : goal.kpis()) {
                lines.add(new Line(strategy, goal, kpi, Optional.ofNullable(statuses.get(kpi.name())),
                        findings.getOrDefault(kpi.name(), 0L), latest(kpi, report.asOf())));
            }
        }
        return lines;
    }

    private static boolean isKpiOf(Subject subject, LoadedStrategy strategy) {
        return subject.kind() == Subject.Kind.KPI && subject.file().equals(strategy.strategy().file());
    }


    /** The latest value as the rules judged it: the one {@link KpiPath} chooses. */
    static Optional<Observation> latest(Kpi kpi, LocalDate asOf) {
        return KpiPath.of(kpi, asOf).latestObservation();
    }

    /** The title of a strategy: its 戦略名, else its file. */
    static String title(LoadedStrategy strategy) {
        return strategy.strategy().title().map(title -> title.value()).orElse(strategy.strategy().file());
    }
}
