package dev.planlint.parser;

import dev.planlint.model.Baseline;
import dev.planlint.model.BasicGoal;
import dev.planlint.model.Bound;
import dev.planlint.model.Direction;
import dev.planlint.model.DroppedKpi;
import dev.planlint.model.ImpactKind;
import dev.planlint.model.ImpactLevel;
import dev.planlint.model.Kpi;
import dev.planlint.model.KpiSeries;
import dev.planlint.model.LinkKind;
import dev.planlint.model.Located;
import dev.planlint.model.Measure;
import dev.planlint.model.MigrationChange;
import dev.planlint.model.MigrationTarget;
import dev.planlint.model.Names;
import dev.planlint.model.NoBaseline;
import dev.planlint.model.TargetFigure;
import dev.planlint.model.Numbering;
import dev.planlint.model.Observation;
import dev.planlint.model.PlanStatus;
import dev.planlint.model.PopulationVision;
import dev.planlint.model.PredecessorLink;
import dev.planlint.model.PriorityStrategy;
import dev.planlint.model.Quantity;
import dev.planlint.model.Relisting;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import dev.planlint.model.Place;
import dev.planlint.model.Suppression;
import dev.planlint.model.Target;
import dev.planlint.model.TimeSpec;
import dev.planlint.model.Units;
import dev.planlint.model.VisionTarget;
import dev.planlint.model.YearKind;
import dev.planlint.parser.StrategyParser.GoalContext;
import dev.planlint.parser.StrategyParser.KpiContext;
import dev.planlint.parser.StrategyParser.PreambleContext;
import org.antlr.v4.runtime.ParserRuleContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Builds the immutable model from a parse tree without syntax errors: one method per grammar rule. This and its
 * helpers are the only code that sees ANTLR types.
 */
final class ModelBuilder {

    private static final Map<String, Direction> DIRECTIONS = Map.ofEntries(
            Map.entry("増加", Direction.HIGHER_IS_BETTER), Map.entry("上昇", Direction.HIGHER_IS_BETTER),
            Map.entry("大きいほど良い", Direction.HIGHER_IS_BETTER), Map.entry("多いほど良い", Direction.HIGHER_IS_BETTER),
            Map.entry("高いほど良い", Direction.HIGHER_IS_BETTER), Map.entry("higher", Direction.HIGHER_IS_BETTER),
            Map.entry("減少", Direction.LOWER_IS_BETTER), Map.entry("低下", Direction.LOWER_IS_BETTER),
            Map.entry("小さいほど良い", Direction.LOWER_IS_BETTER), Map.entry("少ないほど良い", Direction.LOWER_IS_BETTER),
            Map.entry("低いほど良い", Direction.LOWER_IS_BETTER), Map.entry("lower", Direction.LOWER_IS_BETTER),
            Map.entry("範囲内", Direction.WITHIN_BOUND), Map.entry("維持", Direction.WITHIN_BOUND),
            Map.entry("within", Direction.WITHIN_BOUND));

    private static final Map<String, PlanStatus> STATUSES = Map.of(
            "たたき台", PlanStatus.DRAFT, "素案", PlanStatus.DRAFT, "案", PlanStatus.DRAFT, "原案", PlanStatus.DRAFT,
            "draft", PlanStatus.DRAFT, "策定", PlanStatus.FINAL, "確定", PlanStatus.FINAL, "決定", PlanStatus.FINAL,
            "final", PlanStatus.FINAL);

    private static final Map<String, YearKind> YEAR_KINDS = Map.of(
            "年度", YearKind.FISCAL_YEAR, "fiscal", YearKind.FISCAL_YEAR,
            "年", YearKind.CALENDAR_YEAR, "暦年", YearKind.CALENDAR_YEAR, "calendar", YearKind.CALENDAR_YEAR);

    private static final Map<String, ImpactKind> IMPACTS = Map.of(
            "自然増減影響度", ImpactKind.NATURAL, "natural", ImpactKind.NATURAL,
            "社会増減影響度", ImpactKind.SOCIAL, "social", ImpactKind.SOCIAL);

    private final BuildContext context;
    /** 現状値 written together with its mark (現状値新規) is the keyword, not part of the mark. */
    private static final Pattern NO_BASELINE_KEYWORD = Pattern.compile("^(現状値|基準値)[ \\t\u3000]*");

    private final FigureBuilder figures;
    private final TimeBuilder times;
    private final String file;

    ModelBuilder(BuildContext context, String file) {
        this.context = context;
        this.figures = new FigureBuilder(context);
        this.times = new TimeBuilder(context);
        this.file = file;
    }

    Strategy strategy(StrategyParser.StrategyContext strategy) {
        List<PreambleContext> preamble = strategy.preamble();
        // Read first, wherever they are written: the years of every other line are read with them.
        Optional<Located<YearKind>> yearKind = single(preamble, PreambleContext::yearKindRule,
                declared -> keyword(declared.text(), YEAR_KINDS, "yearKind", YearKind.FISCAL_YEAR));
        yearKind.ifPresent(declared -> times.declareKind(declared.value()));
        Optional<Located<TimeSpec>> period = single(preamble, PreambleContext::period,
                line -> times.timeSpec(line.timeSpec(), TimeBuilder.Use.PERIOD));
        period.ifPresent(plan -> times.planPeriod(plan.value()));
        Optional<Located<TimeSpec>> extended = preamble.stream().map(PreambleContext::period)
                .filter(line -> line != null && line.periodExtension() != null).findFirst()
                .flatMap(line -> period.flatMap(plan -> times.extension(line.periodExtension(), plan.value())
                        .map(longer -> new Located<>(longer, context.at(line.periodExtension())))));
        Strategy built = new Strategy(file,
                single(preamble, PreambleContext::title, title -> text(title.text())),
                single(preamble, PreambleContext::municipality, municipality -> text(municipality.text())),
                period,
                extended,
                yearKind,
                single(preamble, PreambleContext::status, status -> keyword(status.text(), STATUSES,
                        "status", PlanStatus.DRAFT)),
                single(preamble, PreambleContext::vision, vision -> text(vision.text())),
                single(preamble, PreambleContext::predecessor, predecessor -> text(predecessor.text())),
                single(preamble, PreambleContext::evaluation, evaluation -> text(evaluation.text())),
                priorities(preamble),
                populationVision(preamble),
                preamble.stream().filter(line -> line.overall() != null)
                        .flatMap(line -> line.overall().kpi().stream()).flatMap(kpi -> kpis(kpi, Place.OVERALL).stream())
                        .toList(),
                strategy.goal().stream().map(this::goal).toList());
        times.reportUnspecifiedKinds();
        return built;
    }

    /** A header line that may be written once: a second one is an error, the first one counts. */
    private <C extends ParserRuleContext, T> Optional<Located<T>> single(
            List<PreambleContext> preamble, Function<PreambleContext, C> line, Function<C, T> value) {
        List<C> lines = preamble.stream().map(line).filter(found -> found != null).toList();
        for (C repeated : lines.subList(Math.min(1, lines.size()), lines.size())) {
            context.error(context.at(repeated), "header.repeated", repeated.getStart().getText().strip());
        }
        return lines.stream().findFirst().map(first -> new Located<>(value.apply(first), context.at(first)));
    }

    private List<PriorityStrategy> priorities(List<PreambleContext> preamble) {
        return preamble.stream()
                .filter(line -> line.priorities() != null)
                .flatMap(line -> line.priorities().priority().stream())
                .map(priority -> new PriorityStrategy(Numbering.measureNumber(priority.MEASURE_HEAD().getText()),
                        text(priority.text()), context.at(priority)))
                .toList();
    }

    private PopulationVision populationVision(List<PreambleContext> preamble) {
        List<VisionTarget> fertility = new ArrayList<>();
        List<MigrationTarget> migration = new ArrayList<>();
        List<VisionTarget> population = new ArrayList<>();
        List<ImpactLevel> impacts = new ArrayList<>();
        List<Observation> populationActuals = new ArrayList<>();
        for (PreambleContext line : preamble) {
            if (line.fertility() != null) {
                line.fertility().visionTarget().forEach(target -> fertility.add(visionTarget(target)));
            }
            if (line.population() != null) {
                line.population().visionTarget().forEach(target -> population.add(visionTarget(target)));
                line.population().actuals().forEach(actuals -> actuals.actual().forEach(actual ->
                        populationActual(actual).ifPresent(populationActuals::add)));
            }
            if (line.migration() != null) {
                migration.add(migration(line.migration()));
            }
            if (line.impact() != null) {
                line.impact().impactLevel().forEach(level -> impactLevel(level).ifPresent(impacts::add));
            }
        }
        return new PopulationVision(fertility, migration, population, impacts, populationActuals);
    }

    private VisionTarget visionTarget(StrategyParser.VisionTargetContext target) {
        // の joins the year and the label as written (令和22年の総人口); it is not part of the label.
        Optional<String> label = Optional.ofNullable(target.visionLabel())
                .map(written -> Names.normalize(written.getText()).replaceFirst("^の", "")).filter(l -> !l.isEmpty());
        return new VisionTarget(times.timeSpec(target.timeSpec(), TimeBuilder.Use.VISION),
                figures.quantity(target.quantity()), context.at(target), label);
    }

    private MigrationTarget migration(StrategyParser.MigrationContext migration) {
        TimeSpec time = times.timeSpec(migration.timeSpec(), TimeBuilder.Use.VISION);
        List<MigrationChange> changes = migration.migrationChange().stream()
                .map(change -> new MigrationChange(BuildContext.written(change.label()).strip(),
                        figures.quantity(change.quantity()), change.INCREASE() != null, context.at(change)))
                .toList();
        return new MigrationTarget(time, changes, context.at(migration));
    }

    private Optional<ImpactLevel> impactLevel(StrategyParser.ImpactLevelContext level) {
        String name = Names.normalize(level.WORD().getText());
        ImpactKind kind = IMPACTS.get(name);
        if (kind == null) {
            context.error(context.at(level), "impact.unknown", name, String.join(", ", IMPACTS.keySet().stream()
                    .sorted().toList()));
            return Optional.empty();
        }
        BigDecimal number = figures.number(level.NUMBER());
        int value = number.intValue();
        if (number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(BigDecimal.valueOf(5)) > 0
                || number.stripTrailingZeros().scale() > 0) {
            context.error(context.at(level.NUMBER()), "impact.outOfRange", level.NUMBER().getText());
        }
        return Optional.of(new ImpactLevel(kind, value, context.at(level)));
    }

    private BasicGoal goal(GoalContext goal) {
        List<Kpi> kpis = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<DroppedKpi> dropped = new ArrayList<>();
        List<Suppression> suppressions = goal.suppression().stream().map(this::suppression).toList();
        int number = Numbering.digitsIn(goal.GOAL_HEAD().getText());
        String previousHead = "";
        for (StrategyParser.GoalPartContext part : goal.goalPart()) {
            if (part.targets() != null) {
                part.targets().kpi().forEach(kpi -> kpis.addAll(kpis(kpi, Place.ofGoal(number))));
            }
            if (part.measure() != null) {
                Measure previous = measures.isEmpty() ? null : measures.get(measures.size() - 1);
                if (previous != null && underParenthesised(part.measure(), previousHead)) {
                    measures.set(measures.size() - 1, previous.withSubMeasure(
                            circledSubMeasure(part.measure(), number, previous.number())));
                } else {
                    measures.add(measure(part.measure(), number));
                    previousHead = part.measure().MEASURE_HEAD().getText();
                }
            }
            if (part.dropped() != null) {
                dropped.add(dropped(part.dropped()));
            }
        }
        return new BasicGoal(number, text(goal.text()), context.at(goal),
                suppressions, kpis, measures, dropped);
    }

    /** A KPI line: one KPI, or one a series where its figures are labelled (男性79.0歳、女性83.2歳). */
    private List<Kpi> kpis(KpiContext kpi, Place place) {
        Direction direction = Direction.UNDECLARED;
        List<StrategyParser.ActualContext> actualFigures = new ArrayList<>();
        Optional<PredecessorLink> link = Optional.empty();
        Optional<String> definition = Optional.empty();
        Optional<String> id = Optional.empty();
        List<Suppression> suppressions = new ArrayList<>();
        String name = kpi.KPI_NAME().getText().strip();
        Map<String, SourcePosition> saidOnce = new HashMap<>();
        for (StrategyParser.KpiAttributeContext attribute : kpi.kpiAttribute()) {
            onceOnly(attribute, saidOnce);
            if (attribute.direction() != null && direction == Direction.UNDECLARED) {
                direction = keyword(attribute.direction().text(), DIRECTIONS, "direction", Direction.UNDECLARED);
            }
            if (attribute.actuals() != null) {
                actualFigures.addAll(attribute.actuals().actual());
            }
            if (attribute.definition() != null && definition.isEmpty()) {
                definition = Optional.of(text(attribute.definition().text()));
            }
            if (attribute.kpiId() != null && id.isEmpty()) {
                id = Optional.of(text(attribute.kpiId().text()));
            }
            if (attribute.continues() != null && link.isEmpty()) {
                link = Optional.of(continues(attribute.continues(), name));
            }
            if (attribute.replaces() != null && link.isEmpty()) {
                link = replaces(attribute.replaces());
            }
            if (attribute.suppression() != null) {
                suppressions.add(suppression(attribute.suppression()));
            }
        }
        SourcePosition position = context.at(kpi.KPI_NAME());
        if (kpi.baseline().seriesFigures() == null && kpi.target().seriesFigures() == null) {
            List<Observation> actuals = new ArrayList<>();
            for (StrategyParser.ActualContext actual : actualFigures) {
                // actual : (quantity | seriesFigures) ...: the first child says which, without a search of all.
                if (actual.getChild(0) instanceof StrategyParser.SeriesFiguresContext) {
                    context.error(context.at(actual), "series.labelledActual", name);
                } else {
                    actuals.add(actual(actual, name));
                }
            }
            Baseline baseline = baseline(kpi.baseline());
            return List.of(new Kpi(name, position, place, baseline, target(kpi.target(), baseline),
                    direction, actuals, link, definition, id, suppressions));
        }
        Series series = new Series(name, kpi, actualFigures);
        List<Kpi> kpis = new ArrayList<>();
        for (String label : series.labels()) {
            Optional<PredecessorLink> seriesLink = link.map(declared -> new PredecessorLink(declared.kind(),
                    declared.previousNames().stream().map(previous -> KpiSeries.nameOf(previous, label)).toList(),
                    declared.position()));
            kpis.add(new Kpi(KpiSeries.nameOf(name, label), position, place, series.baseline(label),
                    series.target(label), direction, series.actuals(label), seriesLink, definition, id,
                    suppressions, Optional.of(new KpiSeries(name, label))));
        }
        return kpis;
    }

    /**
     * The figures of a KPI line with several series, by label: the baseline's labels name the series; the target
     * must give each of them, once; an actual may give some of them, and no other. A figure that means the same for
     * every series may be written once, unlabelled: a baseline that does not exist (新規) or a target that follows
     * the baseline (現状値以上, 現状維持, 増加); then the other side's labels name the series.
     */
    private final class Series {

        /** Where a series' figure stands: what may be written there differs. */
        private enum Part { BASELINE, TARGET, ACTUAL }

        private final Map<String, StrategyParser.SeriesFigureContext> baselines = new LinkedHashMap<>();
        private final Map<String, StrategyParser.SeriesFigureContext> targets = new LinkedHashMap<>();
        private final TimeSpec baselineTime;
        private final TimeSpec targetTime;
        private final Optional<Baseline> sharedBaseline;
        private final Optional<StrategyParser.TargetContext> sharedTarget;
        private final Map<String, List<Observation>> actuals = new LinkedHashMap<>();

        Series(String name, KpiContext kpi, List<StrategyParser.ActualContext> actualFigures) {
            StrategyParser.BaselineContext baseline = kpi.baseline();
            StrategyParser.TargetContext target = kpi.target();
            baselineTime = baseline.timeSpec() == null ? null
                    : times.timeSpec(baseline.timeSpec(), TimeBuilder.Use.FIGURE);
            targetTime = times.timeSpec(target.timeSpec(), TimeBuilder.Use.FIGURE);
            sharedBaseline = baseline.seriesFigures() == null && baseline.noBaseline() != null
                    ? Optional.of(ModelBuilder.this.baseline(baseline)) : Optional.empty();
            sharedTarget = target.seriesFigures() == null && target.targetFigure() != null
                    && target.targetFigure().quantity() == null ? Optional.of(target) : Optional.empty();
            boolean baselineGiven = baseline.seriesFigures() != null || sharedBaseline.isPresent();
            boolean targetGiven = target.seriesFigures() != null || sharedTarget.isPresent();
            if (!baselineGiven || !targetGiven) {
                context.error(context.at(baselineGiven ? target : baseline), "series.unlabelled", name);
                return;
            }
            if (baseline.seriesFigures() != null) {
                collect(baseline.seriesFigures(), baselines, name, Part.BASELINE);
            }
            if (target.seriesFigures() != null) {
                collect(target.seriesFigures(), targets, name, Part.TARGET);
            }
            if (sharedBaseline.isEmpty() && sharedTarget.isEmpty()) {
                for (String label : baselines.keySet()) {
                    if (!targets.containsKey(label)) {
                        context.error(context.at(target), "series.missingInTarget", name, label);
                    }
                }
                for (var given : targets.entrySet()) {
                    if (!baselines.containsKey(given.getKey())) {
                        context.error(context.at(given.getValue()), "series.unknownLabel", name, given.getKey(),
                                String.join("、", baselines.keySet()));
                    }
                }
            }
            labels().forEach(label -> actuals.put(label, new ArrayList<>()));
            for (StrategyParser.ActualContext actual : actualFigures) {
                actual(name, actual);
            }
        }

        private void collect(StrategyParser.SeriesFiguresContext figures,
                             Map<String, StrategyParser.SeriesFigureContext> into, String name, Part part) {
            for (StrategyParser.SeriesFigureContext figure : figures.seriesFigure()) {
                String label = Names.normalize(BuildContext.written(figure.seriesLabel()));
                if (into.putIfAbsent(label, figure) != null) {
                    context.error(context.at(figure), "series.repeated", name, label);
                }
                if (part != Part.TARGET && figure.bound() != null) {
                    context.error(context.at(figure.bound()), "series.boundInValue", name, label);
                }
                if (!fits(figure, part)) {
                    context.error(context.at(figure), "series.figureMisplaced", name, label,
                            BuildContext.written(figure).strip().substring(
                                    BuildContext.written(figure.seriesLabel()).strip().length()).strip());
                }
            }
        }

        /** A value (79.0歳) fits everywhere; 新規 only a baseline; a change, 現状値 or a direction only a target. */
        private static boolean fits(StrategyParser.SeriesFigureContext figure, Part part) {
            if (figure.noBaseline() != null) {
                return part == Part.BASELINE;
            }
            return part == Part.TARGET || value(figure) != null;
        }

        /** The figure as a measured value, or null where it is written as something else (新規, 4.0%減少). */
        private static StrategyParser.QuantityContext value(StrategyParser.SeriesFigureContext figure) {
            StrategyParser.TargetFigureContext written = figure.targetFigure();
            return written == null || written.change() != null ? null : written.quantity();
        }

        private void actual(String name, StrategyParser.ActualContext actual) {
            if (actual.seriesFigures() == null) {
                context.error(context.at(actual), "series.unlabelledActual", name, String.join("、", labels()));
                return;
            }
            TimeSpec time = times.timeSpec(actual.timeSpec(), TimeBuilder.Use.FIGURE);
            Map<String, StrategyParser.SeriesFigureContext> figures = new LinkedHashMap<>();
            collect(actual.seriesFigures(), figures, name, Part.ACTUAL);
            figures.forEach((label, figure) -> {
                List<Observation> ofLabel = actuals.get(label);
                if (ofLabel == null) {
                    context.error(context.at(figure), "series.unknownLabel", name, label,
                            String.join("、", labels()));
                } else if (value(figure) != null) {
                    ofLabel.add(new Observation(ModelBuilder.this.figures.quantity(value(figure)), time,
                            context.at(figure), isChangeLine(actual)));
                }
            });
        }

        List<String> labels() {
            if (sharedBaseline.isPresent()) {
                return List.copyOf(targets.keySet());
            }
            return baselines.keySet().stream().filter(label -> sharedTarget.isPresent() || targets.containsKey(label))
                    .toList();
        }

        Baseline baseline(String label) {
            if (sharedBaseline.isPresent()) {
                return sharedBaseline.get();
            }
            StrategyParser.SeriesFigureContext figure = baselines.get(label);
            if (value(figure) == null) {
                // 新規 (or, after its error, a figure a baseline cannot be): no measured baseline.
                String mark = figure.noBaseline() == null ? BuildContext.written(figure).strip()
                        : NO_BASELINE_KEYWORD.matcher(figure.noBaseline().getText()).replaceFirst("");
                return new NoBaseline(mark, Optional.ofNullable(baselineTime), context.at(figure));
            }
            return new Observation(figures.quantity(value(figure)), baselineTime, context.at(figure));
        }

        Target target(String label) {
            Optional<Observation> measured = baseline(label).measured();
            if (sharedTarget.isPresent()) {
                StrategyParser.TargetContext target = sharedTarget.get();
                return new Target(figures.targetFigure(target.targetFigure(), measured), bound(target.bound()),
                        targetTime, context.at(target));
            }
            StrategyParser.SeriesFigureContext figure = targets.get(label);
            TargetFigure written = figure.targetFigure() == null
                    ? new TargetFigure.AtBaseline(false, BuildContext.written(figure).strip())
                    : figures.targetFigure(figure.targetFigure(), measured);
            return new Target(written, bound(figure.bound()), targetTime, context.at(figure));
        }

        List<Observation> actuals(String label) {
            return actuals.get(label);
        }
    }

    /**
     * 改善方向, 定義, 指標ID and 前期指標 are said once per KPI: a second one is an error naming both positions, so that
     * the planner decides which one is meant, never the order of the lines.
     */
    private void onceOnly(StrategyParser.KpiAttributeContext attribute, Map<String, SourcePosition> saidOnce) {
        String kind = attribute.direction() != null ? "改善方向"
                : attribute.definition() != null ? "定義"
                : attribute.kpiId() != null ? "指標ID"
                : attribute.continues() != null || attribute.replaces() != null ? "前期指標"
                : null;
        if (kind == null) {
            return;
        }
        SourcePosition here = context.at(attribute);
        SourcePosition first = saidOnce.putIfAbsent(kind, here);
        if (first != null) {
            context.error(here, "kpi.attributeRepeated", kind, first.toString(), here.toString());
        }
    }

    /**
     * One actual. A figure with a + sign is an increment (+557人), never silently a level: it is read as a change
     * on a line marked 増減：, and refused elsewhere unless the KPI itself counts a change (社会増減数).
     */
    private Observation actual(StrategyParser.ActualContext actual, String kpiName) {
        StrategyParser.QuantityContext quantity = actual.quantity();
        Observation value = observation(quantity, actual.timeSpec(), actual);
        StrategyParser.SignContext sign = quantity.sign();
        boolean plus = sign != null && sign.PLUS() != null;
        boolean changeLine = isChangeLine(actual);
        if (plus && !changeLine && !Units.isChange(kpiName)) {
            context.error(context.at(quantity), "actuals.increment", value.value().written());
        }
        return changeLine ? new Observation(value.value(), value.time(), value.position(), true) : value;
    }

    /** The actual is on a line marked 増減：, as a change against the level before it. */
    private static boolean isChangeLine(StrategyParser.ActualContext actual) {
        // The mark comes right after 実績：, so one child is looked at, not every value of a long line.
        return actual.getParent() instanceof StrategyParser.ActualsContext line && line.getChildCount() > 1
                && line.getChild(1) instanceof org.antlr.v4.runtime.tree.TerminalNode mark
                && mark.getSymbol().getType() == StrategyParser.CHANGE_MARK;
    }

    Optional<Observation> standaloneActual(StrategyParser.StandaloneActualContext standalone) {
        StrategyParser.ActualContext actual = standalone.actual();
        if (actual.seriesFigures() != null) {
            // A row of an actuals file names one series' KPI (健康寿命（男性）): its value has no label.
            context.error(context.at(actual), "series.labelledActual", "");
            return Optional.empty();
        }
        return Optional.of(observation(actual.quantity(), actual.timeSpec(), actual));
    }

    private PredecessorLink continues(StrategyParser.ContinuesContext continues, String ownName) {
        String previousName = continues.LINKED_NAME() == null ? ownName : continues.LINKED_NAME().getText().strip();
        return PredecessorLink.continues(previousName, context.at(continues));
    }

    /** 前期指標：置換：A、B replaces one or more previous KPIs; an empty name in the list is a syntax error. */
    private Optional<PredecessorLink> replaces(StrategyParser.ReplacesContext replaces) {
        List<String> names = NameList.split(replaces.LINKED_NAME().getText());
        if (names.contains("")) {
            context.error(context.at(replaces.LINKED_NAME()), "syntax.link", "「" + replaces.LINKED_NAME().getText()
                    .strip() + "」");
            return Optional.empty();
        }
        return Optional.of(new PredecessorLink(LinkKind.REPLACES, names, context.at(replaces)));
    }

    /**
     * An actual population: a figure, or one labelled as the target is (総人口16万5千人(R2年)); several labelled
     * figures are series the population vision does not have, an error.
     */
    private Optional<Observation> populationActual(StrategyParser.ActualContext actual) {
        if (actual.quantity() != null) {
            return Optional.of(observation(actual.quantity(), actual.timeSpec(), actual));
        }
        List<StrategyParser.SeriesFigureContext> figures = actual.seriesFigures().seriesFigure();
        StrategyParser.TargetFigureContext figure = figures.get(0).targetFigure();
        if (figures.size() == 1 && figure != null && figure.change() == null && figure.quantity() != null
                && figures.get(0).bound() == null) {
            return Optional.of(observation(figure.quantity(), actual.timeSpec(), actual));
        }
        context.error(context.at(actual), "series.labelledActual", "人口の将来目標");
        return Optional.empty();
    }

    private Baseline baseline(StrategyParser.BaselineContext baseline) {
        if (baseline.noBaseline() != null) {
            String mark = NO_BASELINE_KEYWORD.matcher(baseline.noBaseline().getText()).replaceFirst("");
            return new NoBaseline(mark, Optional.ofNullable(baseline.timeSpec())
                    .map(time -> times.timeSpec(time, TimeBuilder.Use.FIGURE)), context.at(baseline));
        }
        return observation(baseline.quantity(), baseline.timeSpec(), baseline);
    }

    private Observation observation(StrategyParser.QuantityContext quantity, StrategyParser.TimeSpecContext time,
                                    ParserRuleContext at) {
        return new Observation(figures.quantity(quantity), times.timeSpec(time, TimeBuilder.Use.FIGURE),
                context.at(at));
    }

    private Target target(StrategyParser.TargetContext target, Baseline baseline) {
        return new Target(figures.targetFigure(target.targetFigure(), baseline.measured()), bound(target.bound()),
                times.timeSpec(target.timeSpec(), TimeBuilder.Use.FIGURE), context.at(target));
    }

    private static Bound bound(StrategyParser.BoundContext bound) {
        if (bound == null) {
            return Bound.POINT;
        }
        return bound.AT_LEAST() != null ? Bound.AT_LEAST : Bound.AT_MOST;
    }

    private DroppedKpi dropped(StrategyParser.DroppedContext dropped) {
        return new DroppedKpi(dropped.DROPPED_NAME().getText().strip(), text(dropped.text()), context.at(dropped));
    }

    private Suppression suppression(StrategyParser.SuppressionContext suppression) {
        Optional<String> subject = Optional.ofNullable(suppression.RULE_SUBJECT()).map(token -> token.getText())
                .map(written -> written.substring(1, written.length() - 1).strip());
        return new Suppression(suppression.RULE_NAME().getText(), subject, text(suppression.text()),
                context.at(suppression));
    }

    private Measure measure(StrategyParser.MeasureContext measure, int goal) {
        int number = Numbering.measureNumber(measure.MEASURE_HEAD().getText());
        List<SubMeasure> subMeasures = measure.subMeasure().stream()
                .map(subMeasure -> subMeasure(subMeasure, goal, number)).toList();
        return new Measure(number, text(measure.text()), context.at(measure),
                measureKpis(measure.measureKpis(), Place.ofMeasure(goal, number)), subMeasures);
    }

    /**
     * Whether {@code measure} is a ① written under a measure numbered (1), （１）, 1. or 1): cities number the
     * sub-measures of such a measure ①, ②; a ① with sub-measures of its own stays a measure.
     */
    private static boolean underParenthesised(StrategyParser.MeasureContext measure, String previousHead) {
        return Numbering.circledUnderNumbered(measure.MEASURE_HEAD().getText(), previousHead)
                && measure.subMeasure().isEmpty();
    }

    /** A ① under a measure numbered (1), read as its sub-measure, with its KPIs. */
    private SubMeasure circledSubMeasure(StrategyParser.MeasureContext measure, int goal, int parent) {
        int number = Numbering.measureNumber(measure.MEASURE_HEAD().getText());
        return new SubMeasure(number, text(measure.text()), context.at(measure), Optional.empty(),
                measureKpis(measure.measureKpis(), new Place(goal, parent, number)));
    }

    private SubMeasure subMeasure(StrategyParser.SubMeasureContext subMeasure, int goal, int measure) {
        Optional<Relisting> relisting = Optional.ofNullable(subMeasure.relisted()).map(this::relisting);
        int number = Numbering.subMeasureNumber(subMeasure.SUB_HEAD().getText());
        return new SubMeasure(number, text(subMeasure.text()), context.at(subMeasure), relisting,
                measureKpis(subMeasure.measureKpis(), new Place(goal, measure, number)));
    }

    private List<Kpi> measureKpis(List<StrategyParser.MeasureKpisContext> blocks, Place place) {
        return blocks.stream().flatMap(block -> block.kpi().stream()).flatMap(kpi -> kpis(kpi, place).stream())
                .toList();
    }

    private Relisting relisting(StrategyParser.RelistedContext relisted) {
        boolean any = relisted.RELIST_GOAL() != null || relisted.RELIST_MEASURE() != null
                || relisted.RELIST_SUB() != null;
        boolean all = relisted.RELIST_GOAL() != null && relisted.RELIST_MEASURE() != null
                && relisted.RELIST_SUB() != null;
        if (any && !all) {
            context.error(context.at(relisted), "relist.incompleteAddress");
        }
        Optional<Place> original = all
                ? Optional.of(new Place(Numbering.digitsIn(relisted.RELIST_GOAL().getText()),
                        Numbering.measureNumber(relisted.RELIST_MEASURE().getText()),
                        Numbering.subMeasureNumber(relisted.RELIST_SUB().getText())))
                : Optional.empty();
        return new Relisting(original, context.at(relisted));
    }

    private <T> T keyword(StrategyParser.TextContext text, Map<String, T> choices, String what, T fallback) {
        String word = Names.normalize(text(text));
        T value = choices.get(word);
        if (value == null) {
            context.error(context.at(text), what + ".unknown", word,
                    String.join(", ", choices.keySet().stream().sorted().toList()));
            return fallback;
        }
        return value;
    }

    private static String text(StrategyParser.TextContext text) {
        return BuildContext.written(text).strip();
    }
}
