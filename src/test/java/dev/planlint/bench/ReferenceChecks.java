package dev.planlint.bench;

import dev.planlint.facts.Finding;
import dev.planlint.facts.GoalFact;
import dev.planlint.facts.KpiFact;
import dev.planlint.facts.KpiStatus;
import dev.planlint.facts.Settings;
import dev.planlint.model.Bound;
import dev.planlint.model.Direction;
import dev.planlint.path.Grade;
import dev.planlint.path.KpiPath;
import dev.planlint.path.Progress;
import dev.planlint.path.Scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's yardstick: the rules of rules/target-design.drl, rules/progress.drl and the default scheme
 * (rules/scheme-achievement-rate.drl) written out in plain Java over the same facts, with the same rule ids,
 * conditions, figures and thresholds (taken from the {@link Settings} fact, as the rules take them). It is not
 * planlint: it exists only so that the time the rule engine takes can be put against the time the same decisions take
 * without one, in the same run. {@code ReferenceAgreementTest} keeps it from drifting from the DRL.
 *
 * <p>Only the achievement-rate scheme is written out; other schemes are refused rather than judged differently.
 */
public final class ReferenceChecks {

    /** The rules written out here: every rule of target-design.drl and progress.drl. */
    public static final Set<String> RULE_IDS = Set.of("target-wrong-side", "target-equals-baseline",
            "cumulative-target-decline", "weak-target", "stale-baseline", "target-outside-period",
            "target-before-period-end", "direction-undeclared", "goal-without-target", "bound-met-at-baseline",
            "unit-mismatch", "progress-behind", "moving-away", "cumulative-behind-pace", "bound-violated",
            "actual-missing", "target-met-early", "progress-not-judgeable");

    /** What the rules would insert: findings and KPI grades. */
    public record Result(List<Finding> findings, List<KpiStatus> statuses) {
    }

    private ReferenceChecks() {
    }

    public static Result evaluate(Collection<?> facts) {
        Settings settings = null;
        for (Object fact : facts) {
            if (fact instanceof Settings found) {
                settings = found;
            }
        }
        if (settings == null || settings.getScheme() != Scheme.ACHIEVEMENT_RATE) {
            throw new IllegalArgumentException("the reference knows the achievement-rate scheme only");
        }
        List<Finding> findings = new ArrayList<>();
        List<KpiStatus> statuses = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof KpiFact kpi) {
                targetDesign(kpi, settings, findings);
                progress(kpi, settings, findings);
                achievementRate(kpi, settings, statuses);
            } else if (fact instanceof GoalFact goal && goal.getKpiCount() == 0) {
                findings.add(Finding.on("goal-without-target", goal).with("goal", goal.getNumber()));
            }
        }
        // progress.drl: "graded off track by the evaluation scheme"
        for (KpiStatus status : statuses) {
            if (!status.isOnTrack()) {
                findings.add(Finding.on("progress-behind", status.getSubject()).with("scheme", status.getScheme())
                        .with("grade", status.getGrade()).with("figure", status.getFigure())
                        .with("achievementRate", facts.stream().filter(KpiFact.class::isInstance).map(KpiFact.class::cast)
                                .filter(kpi -> kpi.getSubject().equals(status.getSubject())).findFirst()
                                .map(kpi -> kpi.getPath().getReportedAchievementRate()).orElse(null)));
            }
        }
        return new Result(findings, statuses);
    }

    private static boolean below(BigDecimal value, BigDecimal limit) {
        return value != null && value.compareTo(limit) < 0;
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return value != null && value.compareTo(limit) > 0;
    }

    private static void targetDesign(KpiFact k, Settings settings, List<Finding> findings) {
        KpiPath p = k.getPath();
        boolean level = p.getBound() == Bound.POINT && !p.isCumulative();
        BigDecimal required = p.getRequiredImprovement();
        if (level && below(required, BigDecimal.ZERO)) {
            findings.add(Finding.on("target-wrong-side", k)
                    .with("baseline", p.getBaselineLevel()).with("target", p.getTarget())
                    .with("unit", p.getTargetUnit()).with("direction", p.getDirection()));
        }
        if (level && p.getDirection() != Direction.WITHIN_BOUND && p.isComparable()
                && p.getTargetLevel().equals(p.getBaselineLevel())) {
            findings.add(Finding.on("target-equals-baseline", k)
                    .with("baseline", p.getBaselineLevel()).with("target", p.getTarget())
                    .with("unit", p.getTargetUnit()));
        }
        if (p.isCumulative() && below(required, BigDecimal.ZERO)) {
            findings.add(Finding.on("cumulative-target-decline", k)
                    .with("target", p.getTarget()).with("targetYears", p.getTargetYears())
                    .with("targetAnnual", p.getTargetLevel()).with("baseline", p.getBaselineLevel())
                    .with("unit", p.getTargetUnit()));
        }
        BigDecimal minimum = settings.getWeakTargetAnnualGrowth();
        if (level && above(required, BigDecimal.ZERO) && below(p.getRequiredAnnualGrowthSize(), minimum)) {
            findings.add(Finding.on("weak-target", k)
                    .with("requiredAnnualGrowth", p.getRequiredAnnualGrowth()).with("minimum", minimum)
                    .with("baseline", p.getBaselineLevel()).with("target", p.getTarget())
                    .with("unit", p.getTargetUnit()).with("years", p.getYearsToTarget()));
        }
        if (k.getBaselineAge() > settings.getStaleBaselineYears()) {
            findings.add(Finding.on("stale-baseline", k)
                    .with("baselineYear", p.getBaselineYear()).with("planFromYear", k.getPlanFromYear())
                    .with("age", k.getBaselineAge()).with("maximumAge", settings.getStaleBaselineYears()));
        }
        int targetYear = p.getTargetYear();
        if (targetYear > k.getPlanRunsToYear() || targetYear < k.getPlanFromYear()) {
            findings.add(Finding.on("target-outside-period", k)
                    .with("targetYear", targetYear).with("planFromYear", k.getPlanFromYear())
                    .with("planToYear", k.getPlanRunsToYear()));
        }
        if (targetYear >= k.getPlanFromYear() && targetYear < k.getPlanToYear()) {
            findings.add(Finding.on("target-before-period-end", k)
                    .with("targetYear", targetYear).with("planToYear", k.getPlanToYear()));
        }
        if (p.getDirection() == Direction.UNDECLARED && p.getBound() == Bound.POINT) {
            findings.add(Finding.on("direction-undeclared", k));
        }
        BigDecimal marginAtBaseline = p.getBoundMarginAtBaseline();
        if (p.getDirection() != Direction.WITHIN_BOUND && marginAtBaseline != null && marginAtBaseline.signum() >= 0) {
            findings.add(Finding.on("bound-met-at-baseline", k)
                    .with("baseline", p.getBaselineLevel()).with("bound", p.getTargetLevel())
                    .with("unit", p.getTargetUnit()));
        }
        if (!p.isComparable()) {
            findings.add(Finding.on("unit-mismatch", k)
                    .with("baselineUnit", p.getBaselineUnit()).with("targetUnit", p.getTargetUnit()));
        }
    }

    private static void progress(KpiFact k, Settings settings, List<Finding> findings) {
        KpiPath p = k.getPath();
        if (below(p.getAchievedImprovement(), BigDecimal.ZERO)) {
            findings.add(Finding.on("moving-away", k)
                    .with("baseline", p.getBaselineLevel()).with("actual", p.getLatest())
                    .with("actualYear", p.getLatestYear()).with("unit", p.getTargetUnit()));
        }
        BigDecimal minimum = settings.getCumulativePaceMinimum();
        if (p.isCumulative() && below(p.getDirectedPace(), minimum)) {
            findings.add(Finding.on("cumulative-behind-pace", k)
                    .with("cumulativeActual", p.getCumulativeActual())
                    .with("finishedYears", p.getFinishedTargetYears()).with("expected", p.getExpectedSoFar())
                    .with("target", p.getTarget()).with("targetYears", p.getTargetYears())
                    .with("pace", p.getDirectedPace()).with("minimum", minimum).with("unit", p.getTargetUnit()));
        }
        if (below(p.getBoundMargin(), BigDecimal.ZERO)
                && (p.isBoundHeldAtBaseline() || p.getLatestYear() >= p.getTargetYear())) {
            findings.add(Finding.on("bound-violated", k)
                    .with("bound", p.getTarget()).with("actual", p.getLatest())
                    .with("actualYear", p.getLatestYear()).with("unit", p.getTargetUnit()));
        }
        if (!k.getMissingActualYears().equals("")) {
            findings.add(Finding.on("actual-missing", k).with("years", k.getMissingActualYears())
                    .with("yearCount", k.getMissingActualYears().split(", ").length));
        }
        boolean level = p.getBound() == Bound.POINT && !p.isCumulative();
        if (level && above(p.getRequiredImprovement(), BigDecimal.ZERO) && p.getRemainingGap() != null
                && p.getRemainingGap().signum() <= 0 && p.getLatestYear() < p.getTargetYear()) {
            findings.add(metEarly(k, p.getLatest()));
        }
        if (p.isCumulative() && p.getImprovementSign() > 0 && p.getFinishedTargetYears() < p.getTargetYears()
                && p.getCumulativeActual().compareTo(p.getTarget()) >= 0) {
            findings.add(metEarly(k, p.getCumulativeActual()));
        }
        Progress progress = k.getProgress();
        if (progress.getStanding() == Progress.Standing.NOT_JUDGEABLE
                && progress.getCannotJudge() != Progress.CannotJudge.NO_ACTUAL
                && (progress.getCannotJudge() != Progress.CannotJudge.NO_CHANGE_REQUIRED
                    || p.getDirection() != Direction.WITHIN_BOUND)) {
            findings.add(Finding.on("progress-not-judgeable", k).with("scheme", progress.getScheme())
                    .with("reason", progress.getCannotJudge()));
        }
    }

    private static Finding metEarly(KpiFact k, BigDecimal actual) {
        KpiPath p = k.getPath();
        return Finding.on("target-met-early", k)
                .with("target", p.getTarget()).with("actual", actual)
                .with("actualYear", p.getLatestYear()).with("targetYear", p.getTargetYear())
                .with("actualWhen", p.getLatestWhen()).with("targetWhen", p.getTargetWhen())
                .with("unit", p.getTargetUnit());
    }

    /** rules/scheme-achievement-rate.drl: achieved when reached, on track from the threshold, behind below it. */
    private static void achievementRate(KpiFact k, Settings settings, List<KpiStatus> statuses) {
        Progress progress = k.getProgress();
        BigDecimal onTrack = settings.getAchievementRateOnTrack();
        switch (progress.getStanding()) {
            case REACHED -> statuses.add(new KpiStatus(k, Grade.ACHIEVED));
            case MEASURED -> statuses.add(new KpiStatus(k, progress.getFigure().compareTo(onTrack) >= 0
                    ? Grade.ON_TRACK : Grade.BEHIND));
            case BOUND_BROKEN -> statuses.add(new KpiStatus(k, Grade.BEHIND));
            case NOT_JUDGEABLE -> {
            }
        }
    }
}
