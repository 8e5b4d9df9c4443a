package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.model.KpiLink;
import dev.planlint.model.Aggregate;
import dev.planlint.model.Bound;
import dev.planlint.model.Direction;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiLevel;
import dev.planlint.model.Place;
import dev.planlint.model.Names;
import dev.planlint.model.Observation;
import dev.planlint.path.KpiPath;
import dev.planlint.path.Outcome;
import dev.planlint.path.Ratios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A KPI of the previous period followed into this one (or a KPI new in this one): the link, and the path of each
 * side. The previous path is judged on every value known of the indicator, in the successor's figures too, so the
 * old target's outcome rests on the newest value. The subject is the current KPI; for a previous KPI with no
 * successor, the 前期戦略 line of the current strategy.
 */
public final class KpiLinkFact {

    private final Subject subject;
    private final KpiLink link;
    private final Direction direction;
    private final KpiPath previous;
    private final KpiPath current;

    KpiLinkFact(Subject subject, KpiLink link, LocalDate asOf) {
        this.subject = subject;
        this.link = link;
        this.direction = link.current().map(Kpi::direction).filter(d -> d != Direction.UNDECLARED)
                .or(() -> link.previous().map(Kpi::direction)).orElse(Direction.UNDECLARED);
        Optional<Kpi> successor = link.kind() == KpiLink.Kind.CONTINUED ? link.current() : Optional.empty();
        this.previous = link.previous()
                .map(kpi -> KpiPath.followed(kpi.withDirection(direction), successor, asOf)).orElse(null);
        this.current = link.current().map(kpi -> KpiPath.of(kpi.withDirection(direction), asOf)).orElse(null);
    }

    public Subject getSubject() {
        return subject;
    }

    /** The link itself, for the previous-period review that words what became of the previous KPI. */
    public KpiLink getLink() {
        return link;
    }

    public KpiLink.Kind getKind() {
        return link.kind();
    }

    public KpiLink.Basis getBasis() {
        return link.basis();
    }

    public String getPreviousName() {
        return link.previous().map(Kpi::name).orElse(null);
    }

    /**
     * The previous KPI's name where it is not the current KPI's (a replaced KPI, or one continued under a new name),
     * so that a finding on the current KPI says whose outcome it shows; null otherwise.
     */
    public String getOtherPreviousName() {
        return link.previous().filter(old -> link.current()
                .map(now -> !now.normalizedName().equals(old.normalizedName())).orElse(false))
                .map(Kpi::name).orElse(null);
    }

    public int getPreviousGoal() {
        return link.previousGoal();
    }

    public int getCurrentGoal() {
        return link.currentGoal();
    }

    /** The previous KPI's level (a goal's 数値目標, a measure's KPI, an overall target); null for a new KPI. */
    public KpiLevel getPreviousLevel() {
        return link.previous().map(Kpi::level).orElse(null);
    }

    public KpiLevel getCurrentLevel() {
        return link.current().map(Kpi::level).orElse(null);
    }

    /** Where the previous KPI stood, as the diagram names it (基本目標1①); null for a new KPI. */
    public String getPreviousPlace() {
        return link.previous().map(kpi -> kpi.place().written()).orElse(null);
    }

    public String getCurrentPlace() {
        return link.current().map(kpi -> kpi.place().written()).orElse(null);
    }

    /**
     * Whether the KPI changed level (数値目標 → measure KPI, overall target, or back), or measure within its goal; a
     * move from one goal to another at the same level is kpi-moved-goal's alone.
     */
    public boolean isMovedLevelOrMeasure() {
        if (link.previous().isEmpty() || link.current().isEmpty()) {
            return false;
        }
        Place before = link.previous().get().place();
        Place after = link.current().get().place();
        return KpiLevel.of(before) != KpiLevel.of(after) || before.goal() == after.goal() && !before.equals(after);
    }

    /** The previous KPI's path, judged on every value known of it; null for a KPI new in this period. */
    public KpiPath getPrevious() {
        return previous;
    }

    /** The current KPI's path; null for a previous KPI with no successor. */
    public KpiPath getCurrent() {
        return current;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getPreviousUnit() {
        return previous == null ? null : previous.getTargetUnit();
    }

    public String getCurrentUnit() {
        return current == null ? null : current.getTargetUnit();
    }

    /** Both periods count the indicator in the same base unit. */
    public boolean isSameUnit() {
        return previous != null && current != null && previous.getTargetUnit().equals(current.getTargetUnit());
    }

    public String getPreviousDefinition() {
        return link.previous().flatMap(Kpi::definition).orElse("");
    }

    public String getCurrentDefinition() {
        return link.current().flatMap(Kpi::definition).orElse("");
    }

    /**
     * Both periods state a definition and they differ, beyond full-width/half-width forms and spacing. A definition
     * stated for the first time is not a change.
     */
    public boolean isDefinitionChanged() {
        String before = getPreviousDefinition();
        String now = getCurrentDefinition();
        return !before.isEmpty() && !now.isEmpty() && !Names.normalize(before).equals(Names.normalize(now));
    }

    /** How the new yearly target level compares with the old one, as a share of the old: (new − old) / old. */
    public BigDecimal getTargetRevision() {
        if (previous == null || current == null || !isSameUnit() || !previous.isTargetLevelKnown()
                || !current.isTargetLevelKnown()) {
            return null;
        }
        return Ratios.divide(current.getTargetLevel().subtract(previous.getTargetLevel()), previous.getTargetLevel());
    }

    /** The revision counted in the direction of improvement: positive asks more, negative asks less. */
    public BigDecimal getDirectedTargetRevision() {
        BigDecimal revision = getTargetRevision();
        int sign = previous == null ? 0 : previous.getImprovementSign();
        if (revision == null || sign == 0) {
            return null;
        }
        return sign > 0 ? revision : revision.negate();
    }

    /**
     * How many years later the new target sets the old target's level: both level targets (not sums over years), of
     * the same yearly level in the same unit, the new one for a later year; 0 otherwise.
     */
    public int getTargetPostponedYears() {
        if (!isSameUnit() || previous.isCumulative() || current.isCumulative() || !previous.isTargetLevelKnown()
                || !current.isTargetLevelKnown() || previous.getTargetLevel().compareTo(current.getTargetLevel()) != 0) {
            return 0;
        }
        return Math.max(0, current.getTargetYear() - previous.getTargetYear());
    }

    /** Both periods sum the indicator over years, over windows of different lengths (5 years against 3). */
    public boolean isCumulativeWindowChanged() {
        return previous != null && current != null && previous.isCumulative() && current.isCumulative()
                && previous.getTargetYears() != current.getTargetYears();
    }

    /**
     * Whether the newest value known reaches the previous target's yearly level; not known for a level target of an
     * indicator whose direction neither period declares.
     */
    public Outcome getPreviousOutcome() {
        if (previous == null || previous.getBound() == Bound.POINT && !previous.isCumulative()
                && previous.getImprovementSign() == 0) {
            return Outcome.NOT_KNOWN;
        }
        return previous.levelOutcome();
    }

    /** The previous period's actual for the year and kind of the current baseline, or null when it has none. */
    public BigDecimal getPreviousActualAtCurrentBaseline() {
        Optional<Observation> measured = link.current().flatMap(Kpi::measuredBaseline);
        if (link.previous().isEmpty() || measured.isEmpty() || measured.get().time().aggregate() != Aggregate.POINT) {
            return null;
        }
        Observation baseline = measured.get();
        return link.previous().get().actuals().stream()
                .filter(actual -> actual.time().aggregate() == Aggregate.POINT
                        && actual.time().toYear() == baseline.time().toYear()
                        && actual.time().kind() == baseline.time().kind()
                        && actual.value().unit().equals(baseline.value().unit()))
                .findFirst().map(actual -> actual.value().baseValue()).orElse(null);
    }

    /** The current baseline in base units, as written (not a yearly level: it is compared with a single year). */
    public BigDecimal getCurrentBaseline() {
        return link.current().flatMap(Kpi::measuredBaseline).map(baseline -> baseline.value().baseValue())
                .orElse(null);
    }

    public int getCurrentBaselineYear() {
        return link.current().flatMap(Kpi::measuredBaseline).map(baseline -> baseline.time().toYear()).orElse(0);
    }

    public String getDropReason() {
        return link.dropReason().orElse(null);
    }

    @Override
    public String toString() {
        return "KpiLinkFact[" + link.kind() + " " + subject.name() + "]";
    }
}
