package dev.planlint.lsp;

import dev.planlint.model.BasicGoal;
import dev.planlint.model.Kpi;
import dev.planlint.model.Measure;
import dev.planlint.model.SourcePosition;
import dev.planlint.model.Strategy;
import dev.planlint.model.SubMeasure;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outline of a strategy: its overall targets (数値目標 of the whole), its basic goals with their targets and
 * measures, each measure with its KPIs and sub-measures. An element spans the lines from its own to the line before
 * the next element at its level (or the end of its parent), so that the editor knows where the cursor is.
 */
final class StrategySymbols {

    private final LineIndex lines;

    private StrategySymbols(LineIndex lines) {
        this.lines = lines;
    }

    static List<DocumentSymbol> of(Strategy strategy, LineIndex lines) {
        StrategySymbols symbols = new StrategySymbols(lines);
        List<DocumentSymbol> top = new ArrayList<>(symbols.kpis(strategy.overallTargets(),
                strategy.goals().isEmpty() ? lines.lastLine() : strategy.goals().get(0).position().line() - 1));
        top.addAll(symbols.siblings(strategy.goals(), BasicGoal::position, lines.lastLine(),
                (goal, end) -> symbols.symbol("基本目標" + goal.number() + " " + goal.name(), SymbolKind.Module,
                        goal.position(), end, symbols.goalChildren(goal, end))));
        return top;
    }

    private List<DocumentSymbol> goalChildren(BasicGoal goal, int end) {
        List<DocumentSymbol> children = new ArrayList<>(kpis(goal.kpis(),
                goal.measures().isEmpty() ? end : goal.measures().get(0).position().line() - 1));
        children.addAll(siblings(goal.measures(), Measure::position, end, (measure, last) -> symbol(measure.name(),
                SymbolKind.Function, measure.position(), last, measureChildren(measure, last))));
        return children;
    }

    private List<DocumentSymbol> measureChildren(Measure measure, int end) {
        List<DocumentSymbol> children = new ArrayList<>(kpis(measure.kpis(),
                measure.subMeasures().isEmpty() ? end : measure.subMeasures().get(0).position().line() - 1));
        children.addAll(siblings(measure.subMeasures(), SubMeasure::position, end, (sub, last) -> symbol(sub.name(),
                SymbolKind.Method, sub.position(), last, kpis(sub.kpis(), last))));
        return children;
    }

    private List<DocumentSymbol> kpis(List<Kpi> kpis, int end) {
        return siblings(kpis, Kpi::position, end,
                (kpi, last) -> symbol(kpi.name(), SymbolKind.Number, kpi.position(), last, List.of()));
    }

    private interface Make<T> {
        DocumentSymbol make(T element, int lastLine);
    }

    private static <T> List<DocumentSymbol> siblings(List<T> elements, Function<T, SourcePosition> position,
                                                     int end, Make<T> make) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            int last = i + 1 < elements.size() ? position.apply(elements.get(i + 1)).line() - 1 : end;
            symbols.add(make.make(elements.get(i), Math.max(last, position.apply(elements.get(i)).line())));
        }
        return symbols;
    }

    private DocumentSymbol symbol(String name, SymbolKind kind, SourcePosition at, int lastLine,
                                  List<DocumentSymbol> children) {
        DocumentSymbol symbol = new DocumentSymbol(name.isBlank() ? "?" : name, kind,
                lines.lines(at.line(), lastLine), lines.toEndOfLine(at.line(), at.column()));
        symbol.setChildren(children);
        return symbol;
    }
}
