package dev.planlint.bench;

import dev.planlint.facts.Finding;
import dev.planlint.facts.GoalFact;
import dev.planlint.facts.KpiFact;
import dev.planlint.facts.KpiStatus;
import dev.planlint.facts.Settings;
import dev.planlint.model.Bound;
import dev.planlint.model.Direction;

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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        if (settings == null || !settings.getScheme().equals("achievement-rate")) {
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
                        .with("grade", status.getGrade()).with("figure", status.getFigure()));
            }
        }
        return new Result(findings, statuses);
    }

    private static void targetDesign(KpiFact k, Settings settings, List<Finding> findings) {
        Direction direction = k.getDirection();
        Bound bound = k.getBound();
        boolean cumulative = k.isCumulative();
        boolean sameUnit = k.getBaselineUnit().equals(k.getTargetUnit());
        int toTarget = k.getTarget().compareTo(k.getBaseline());
        boolean point = bound == Bound.POINT && !cumulative;
        if (point && sameUnit && (direction == Direction.HIGHER_IS_BETTER && toTarget < 0
                || direction == Direction.LOWER_IS_BETTER && toTarget > 0)) {
            findings.add(Finding.on("target-wrong-side", k)
                    .with("baseline", k.getBaseline()).with("target", k.getTarget()).with("unit", k.getTargetUnit())
                    .with("direction", direction));
        }
        if (point && direction != Direction.WITHIN_BOUND && sameUnit && toTarget == 0) {
            findings.add(Finding.on("target-equals-baseline", k)
                    .with("baseline", k.getBaseline()).with("target", k.getTarget()).with("unit", k.getTargetUnit()));
        }
        if (cumulative && k.isBaselineAnnual() && sameUnit) {
            int annual = k.getTargetAnnual().compareTo(k.getBaseline());
            if (direction == Direction.HIGHER_IS_BETTER && annual < 0
                    || direction == Direction.LOWER_IS_BETTER && annual > 0) {
                findings.add(Finding.on("cumulative-target-decline", k)
                        .with("target", k.getTarget()).with("targetYears", k.getTargetYears())
                        .with("targetAnnual", k.getTargetAnnual()).with("baseline", k.getBaseline())
                        .with("unit", k.getTargetUnit()));
            }
        }
        if (point && sameUnit && (direction == Direction.HIGHER_IS_BETTER && toTarget > 0
                || direction == Direction.LOWER_IS_BETTER && toTarget < 0)) {
            BigDecimal size = k.getRequiredAnnualGrowthSize();
            BigDecimal minimum = settings.getWeakTargetAnnualGrowth();
            if (size != null && size.compareTo(minimum) < 0) {
                findings.add(Finding.on("weak-target", k)
                        .with("requiredAnnualGrowth", k.getRequiredAnnualGrowth()).with("minimum", minimum)
                        .with("baseline", k.getBaseline()).with("target", k.getTarget())
                        .with("unit", k.getTargetUnit()).with("years", k.getYearsToTarget()));
            }
        }
        if (k.getPlanFromYear() - k.getBaselineYear() > settings.getStaleBaselineYears()) {
            findings.add(Finding.on("stale-baseline", k)
                    .with("baselineYear", k.getBaselineYear()).with("planFromYear", k.getPlanFromYear())
                    .with("age", k.getPlanFromYear() - k.getBaselineYear())
                    .with("maximumAge", settings.getStaleBaselineYears()));
        }
        int targetYear = k.getTargetYear();
        if (targetYear > k.getPlanToYear() || targetYear < k.getPlanFromYear()) {
            findings.add(Finding.on("target-outside-period", k)
                    .with("targetYear", targetYear).with("planFromYear", k.getPlanFromYear())
                    .with("planToYear", k.getPlanToYear()));
        }
        if (targetYear >= k.getPlanFromYear() && targetYear < k.getPlanToYear()) {
            findings.add(Finding.on("target-before-period-end", k)
                    .with("targetYear", targetYear).with("planToYear", k.getPlanToYear()));
        }
        if (direction == Direction.UNDECLARED && bound == Bound.POINT) {
            findings.add(Finding.on("direction-undeclared", k));
        }
        if (direction != Direction.WITHIN_BOUND && sameUnit && (bound == Bound.AT_LEAST && toTarget <= 0
                || bound == Bound.AT_MOST && toTarget >= 0)) {
            findings.add(Finding.on("bound-met-at-baseline", k)
                    .with("baseline", k.getBaseline()).with("bound", k.getTarget()).with("unit", k.getTargetUnit()));
        }
        if (!sameUnit) {
            findings.add(Finding.on("unit-mismatch", k)
                    .with("baselineUnit", k.getBaselineUnit()).with("targetUnit", k.getTargetUnit()));
        }
    }

    private static void progress(KpiFact k, Settings settings, List<Finding> findings) {
        Direction direction = k.getDirection();
        Bound bound = k.getBound();
        boolean cumulative = k.isCumulative();
        BigDecimal latest = k.getLatestActual();
        int toTarget = k.getTarget().compareTo(k.getBaseline());
        if (latest != null && k.isBaselineAnnual()) {
            int fromBaseline = latest.compareTo(k.getBaseline());
            if (direction == Direction.HIGHER_IS_BETTER && fromBaseline < 0
                    || direction == Direction.LOWER_IS_BETTER && fromBaseline > 0) {
                findings.add(Finding.on("moving-away", k)
                        .with("baseline", k.getBaseline()).with("actual", latest)
                        .with("actualYear", k.getLatestActualYear()).with("unit", k.getTargetUnit()));
            }
        }
        if (cumulative && k.getActualCount() > 0) {
            BigDecimal pace = k.getCumulativePace();
            BigDecimal minimum = settings.getCumulativePaceMinimum();
            if (pace != null && pace.compareTo(minimum) < 0) {
                findings.add(Finding.on("cumulative-behind-pace", k)
                        .with("cumulativeActual", k.getCumulativeActual())
                        .with("finishedYears", k.getFinishedTargetYears())
                        .with("target", k.getTarget()).with("targetYears", k.getTargetYears())
                        .with("pace", pace).with("minimum", minimum).with("unit", k.getTargetUnit()));
            }
        }
        if (latest != null) {
            int toBound = latest.compareTo(k.getTarget());
            boolean due = k.getLatestActualYear() >= k.getTargetYear();
            if (bound == Bound.AT_LEAST && toBound < 0 && (toTarget <= 0 || due)
                    || bound == Bound.AT_MOST && toBound > 0 && (toTarget >= 0 || due)) {
                findings.add(Finding.on("bound-violated", k)
                        .with("bound", k.getTarget()).with("actual", latest)
                        .with("actualYear", k.getLatestActualYear()).with("unit", k.getTargetUnit()));
            }
        }
        if (!k.getMissingActualYears().equals("")) {
            findings.add(Finding.on("actual-missing", k).with("years", k.getMissingActualYears()));
        }
        boolean point = bound == Bound.POINT && !cumulative;
        if (point && latest != null && k.getLatestActualYear() < k.getTargetYear()) {
            int toGoal = latest.compareTo(k.getTarget());
            if (direction == Direction.HIGHER_IS_BETTER && toTarget > 0 && toGoal >= 0
                    || direction == Direction.LOWER_IS_BETTER && toTarget < 0 && toGoal <= 0) {
                findings.add(metEarly(k, latest));
            }
        }
        if (cumulative && direction == Direction.HIGHER_IS_BETTER && k.getFinishedTargetYears() < k.getTargetYears()
                && k.getCumulativeActual().compareTo(k.getTarget()) >= 0) {
            findings.add(metEarly(k, k.getCumulativeActual()));
        }
        String scheme = settings.getScheme();
        if (!scheme.equals("eurostat-growth") && !scheme.equals("nagayo-baseline") && latest != null && point
                && toTarget == 0 && direction != Direction.WITHIN_BOUND) {
            findings.add(Finding.on("progress-not-judgeable", k).with("scheme", scheme)
                    .with("reason", "no-change-required"));
        }
    }

    private static Finding metEarly(KpiFact k, BigDecimal actual) {
        return Finding.on("target-met-early", k)
                .with("target", k.getTarget()).with("actual", actual)
                .with("actualYear", k.getLatestActualYear()).with("targetYear", k.getTargetYear())
                .with("unit", k.getTargetUnit());
    }

    /** rules/scheme-achievement-rate.drl: achieved from 100, on track from the threshold, behind below it. */
    private static void achievementRate(KpiFact k, Settings settings, List<KpiStatus> statuses) {
        BigDecimal rate = k.getAchievementRate();
        if (rate == null) {
            return;
        }
        BigDecimal onTrack = settings.getAchievementRateOnTrack();
        if (rate.compareTo(HUNDRED) >= 0) {
            statuses.add(new KpiStatus(k, "achievement-rate", "achieved", true, rate));
        }
        if (rate.compareTo(onTrack) >= 0 && rate.compareTo(HUNDRED) < 0) {
            statuses.add(new KpiStatus(k, "achievement-rate", "on-track", true, rate));
        }
        if (rate.compareTo(onTrack) < 0) {
            statuses.add(new KpiStatus(k, "achievement-rate", "behind", false, rate));
        }
    }
}
