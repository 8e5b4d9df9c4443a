package dev.planlint.render;

import dev.planlint.check.ReportedFinding;
import dev.planlint.diagnostic.Messages;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Strategy;

import java.util.Locale;

/** The words the council reports put around findings: the heading of their goal and the message with its state. */
final class FindingText {

    private FindingText() {
    }

    /** "基本目標2 name", or the strategy as a whole for goal 0; not escaped. */
    static String goalHeading(Locale locale, int goal, Strategy strategy) {
        if (goal == 0) {
            return Messages.text(locale, "report.strategyLevel");
        }
        String name = strategy == null ? "" : strategy.goals().stream().filter(g -> g.number() == goal)
                .map(BasicGoal::name).findFirst().orElse("");
        return Messages.format(locale, "report.goal", String.valueOf(goal)) + (name.isEmpty() ? "" : " " + name);
    }

    /** The message, then whether it is suppressed (with the reason) or unchanged since the baseline; not escaped. */
    static String message(Locale locale, ReportedFinding finding) {
        String message = finding.message(locale);
        if (finding.isSuppressed()) {
            message += " (" + Messages.format(locale, "report.findingSuppressed", finding.suppressedBecause().get())
                    + ")";
        }
        if (finding.inBaseline()) {
            message += " (" + Messages.text(locale, "report.unchanged") + ")";
        }
        return message;
    }
}
