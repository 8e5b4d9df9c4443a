package dev.planlint.validate;

import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.model.Aggregate;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Observation;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.YearKind;
import dev.planlint.model.Kpi;
import dev.planlint.model.Units;
import dev.planlint.model.Quantity;
import dev.planlint.model.Measure;
import dev.planlint.model.Numbering;
import dev.planlint.model.Relisting;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What the grammar cannot see: numbering, duplicate names, re-listed sub-measures and missing headings. Works on the
 * model only; files and predecessors are the loader's concern.
 */
public final class StrategyValidator {

    /** How many goals, measures, sub-measures, targets and actual values one file may hold. */
    public static final int MAX_ELEMENTS = 20_000;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private StrategyValidator() {
    }

    public static List<Diagnostic> validate(Strategy strategy) {
        StrategyValidator validator = new StrategyValidator();
        validator.checkHeadings(strategy);
        validator.checkNumbering(strategy.goals(), BasicGoal::number, BasicGoal::position, "goal", goal -> "");
        strategy.goals().forEach(validator::checkGoal);
        validator.checkKpiNames(strategy);
        strategy.kpis().forEach(validator::checkImpossibleValues);
        strategy.kpis().forEach(validator::checkActualsSaidOnce);
        validator.checkRelistings(strategy);
        return List.copyOf(validator.diagnostics);
    }

    private void checkHeadings(Strategy strategy) {
        SourcePosition start = new SourcePosition(strategy.file(), 1, 1);
        if (strategy.goals().isEmpty()) {
            diagnostics.add(Diagnostic.error(start, "strategy.noGoals"));
            return;
        }
        long elements = strategy.goals().size() + strategy.measures().count() + strategy.subMeasures().count()
                + strategy.kpis().mapToLong(kpi -> 1 + kpi.actuals().size()).sum();
        if (elements > MAX_ELEMENTS) {
            diagnostics.add(Diagnostic.error(start, "strategy.tooManyElements", String.valueOf(elements),
                    String.valueOf(MAX_ELEMENTS)));
        }
        if (strategy.period().isEmpty()) {
            diagnostics.add(Diagnostic.error(start, "strategy.noPeriod"));
        }
    }

    private void checkGoal(BasicGoal goal) {
        String inGoal = Place.ofGoal(goal.number()).written();
        checkNumbering(goal.measures(), Measure::number, Measure::position, "measure", measure -> inGoal);
        for (Measure measure : goal.measures()) {
            checkNumbering(measure.subMeasures(), SubMeasure::number, SubMeasure::position, "subMeasure",
                    sub -> Place.ofMeasure(goal.number(), measure.number()).written());
        }
    }

    /** Numbers must run 1, 2, 3 … in the order written: a repeated or skipped number is an error. */
    private <T> void checkNumbering(List<T> items, ToIntFunction<T> number, Function<T, SourcePosition> position,
                                    String what, Function<T, String> where) {
        int expected = 1;
        for (T item : items) {
            int actual = number.applyAsInt(item);
            if (actual > expected) {
                // A diagram shown in part skips numbers; what is there is read as numbered.
                diagnostics.add(Diagnostic.notice(position.apply(item), "numbering." + what + "Gap",
                        where.apply(item), label(what, actual), label(what, expected)));
            } else if (actual < expected) {
                diagnostics.add(Diagnostic.error(position.apply(item), "numbering." + what, where.apply(item),
                        label(what, actual), label(what, expected)));
            }
            expected = actual + 1;
        }
    }

    private static String label(String what, int number) {
        return switch (what) {
            case "measure" -> Numbering.measureMarker(number);
            case "subMeasure" -> Numbering.subMeasureMarker(number);
            default -> String.valueOf(number);
        };
    }

    /**
     * Figures that cannot be right as written, said but not refused: a count below zero (unless the name says it is
     * a change, as 社会増減数 does) and a share of a whole above 100 %.
     */
    private void checkImpossibleValues(Kpi kpi) {
        List<SourcePosition> positions = new ArrayList<>();
        List<Quantity> values = new ArrayList<>();
        kpi.measuredBaseline().ifPresent(baseline -> {
            positions.add(baseline.position());
            values.add(baseline.value());
        });
        kpi.target().level().ifPresent(level -> {
            positions.add(kpi.target().position());
            values.add(level);
        });
        // A change (実績：増減：-57人) may be below zero; the level it gives is the KPI path's.
        kpi.actuals().stream().filter(actual -> !actual.increment()).forEach(actual -> {
            positions.add(actual.position());
            values.add(actual.value());
        });
        for (int i = 0; i < values.size(); i++) {
            Quantity value = values.get(i);
            if (value.baseValue().signum() < 0 && Units.isLevelOfACount(kpi.name(), value.unit())) {
                diagnostics.add(Diagnostic.notice(positions.get(i), "figure.negativeCount", kpi.name(),
                        value.written()));
            } else if (value.baseValue().compareTo(HUNDRED) > 0 && Units.isShareOfAWhole(kpi.name(), value.unit())) {
                diagnostics.add(Diagnostic.notice(positions.get(i), "figure.shareOverWhole", kpi.name(),
                        value.written()));
            }
        }
    }

    /**
     * Several 実績 lines are one list of values, but one time may have one value: a second value for the same time
     * (even the same figure, which a total would count twice) is an error naming both positions.
     */
    private void checkActualsSaidOnce(Kpi kpi) {
        record Time(YearKind kind, Aggregate aggregate, LocalDate start, LocalDate end) {
        }
        Map<Time, Observation> seen = new HashMap<>();
        for (Observation actual : kpi.actuals()) {
            TimeSpec time = actual.time();
            Observation first = seen.putIfAbsent(new Time(time.kind(), time.aggregate(), time.startDate(),
                    time.endDate()), actual);
            if (first != null) {
                diagnostics.add(Diagnostic.error(actual.position(), "kpi.actualRepeated", kpi.name(), time.written(),
                        first.value().written(), first.position().toString(), actual.value().written(),
                        actual.position().toString()));
            }
        }
    }

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    private void checkKpiNames(Strategy strategy) {
        Map<String, Kpi> seen = new HashMap<>();
        strategy.kpis().forEach(kpi -> {
            Kpi first = seen.putIfAbsent(kpi.normalizedName(), kpi);
            if (first != null) {
                diagnostics.add(Diagnostic.error(kpi.position(), "kpi.duplicateName", kpi.name(),
                        String.valueOf(first.position().line())));
            }
        });
    }

    private void checkRelistings(Strategy strategy) {
        Map<Place, SubMeasure> byAddress = new LinkedHashMap<>();
        Map<String, List<Place>> originalsByName = new HashMap<>();
        for (BasicGoal goal : strategy.goals()) {
            for (Measure measure : goal.measures()) {
                for (SubMeasure sub : measure.subMeasures()) {
                    Place address = new Place(goal.number(), measure.number(), sub.number());
                    byAddress.put(address, sub);
                    if (sub.relisting().isEmpty()) {
                        originalsByName.computeIfAbsent(sub.normalizedName(), name -> new ArrayList<>()).add(address);
                    }
                }
            }
        }
        strategy.subMeasures().forEach(sub -> sub.relisting()
                .ifPresent(relisting -> checkRelisting(sub, relisting, byAddress, originalsByName)));
    }

    private void checkRelisting(SubMeasure sub, Relisting relisting, Map<Place, SubMeasure> byAddress,
                                Map<String, List<Place>> originalsByName) {
        Optional<Place> written = relisting.original();
        if (written.isPresent()) {
            checkWrittenAddress(sub, relisting, written.get(), byAddress);
            return;
        }
        List<Place> candidates = originalsByName.getOrDefault(sub.normalizedName(), List.of());
        if (candidates.isEmpty()) {
            diagnostics.add(Diagnostic.error(relisting.position(), "relist.nowhere", sub.name()));
        } else if (candidates.size() > 1) {
            diagnostics.add(Diagnostic.error(relisting.position(), "relist.ambiguous", sub.name(), candidates.size()));
        }
    }

    private void checkWrittenAddress(SubMeasure sub, Relisting relisting, Place address,
                                     Map<Place, SubMeasure> byAddress) {
        SubMeasure original = byAddress.get(address);
        String written = address.written();
        if (original == null) {
            diagnostics.add(Diagnostic.error(relisting.position(), "relist.dangling", written));
        } else if (original.relisting().isPresent()) {
            diagnostics.add(Diagnostic.error(relisting.position(), "relist.toRelisting", written));
        } else if (!original.normalizedName().equals(sub.normalizedName())) {
            diagnostics.add(Diagnostic.error(relisting.position(), "relist.nameDiffers", sub.name(), written,
                    original.name()));
        }
    }
}
