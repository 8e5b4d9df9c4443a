package dev.planlint.parser;

import dev.planlint.model.Names;
import dev.planlint.model.Observation;
import dev.planlint.model.TargetFigure;
import dev.planlint.model.Quantity;
import dev.planlint.model.Units;
import dev.planlint.model.SourcePosition;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds exact {@link Quantity} values from figures such as {@code 13万8千人}, {@code 1,496万㌧} or {@code 88.5％}. */
final class FigureBuilder {

    static final int MAX_DIGITS = 30;

    private static final Map<String, Integer> MULTIPLIERS = Map.of("千", 3, "万", 4, "億", 8, "兆", 12);

    /** 万 and the multipliers above it close a group of four digits; 千 counts within one. */
    private static final int GROUP_EXPONENT = 4;

    private static final String ROUGHLY = "程度";
    private static final String TIMES = "倍";
    private static final Pattern CHANGE_WORD = Pattern.compile("(増加|増|減少|減)$");
    private static final String POINTS = "ポイント";

    private final BuildContext context;

    FigureBuilder(BuildContext context) {
        this.context = context;
    }

    Quantity quantity(StrategyParser.QuantityContext quantity) {
        StrategyParser.AmountContext amount = quantity.amount();
        int exponent = leadingExponent(amount);
        BigDecimal value = amountValue(amount).scaleByPowerOfTen(-exponent);
        if (exponent != 0) {
            // 13万8千 is 13.8 万, not 13.8000 万; without a multiplier the digits stay as written (88.50%).
            value = value.stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        StrategyParser.SignContext sign = quantity.sign();
        if (sign != null && sign.MINUS() != null) {
            value = value.negate();
        }
        String unit = quantity.unit() == null ? "" : Names.normalize(BuildContext.written(quantity.unit()));
        // 20万人程度 is about 20万 人, not 20万 of a unit 人程度.
        boolean roughly = unit.endsWith(ROUGHLY);
        unit = roughly ? unit.substring(0, unit.length() - ROUGHLY.length()) : unit;
        Quantity result = new Quantity(value, exponent, unit, BuildContext.written(quantity).strip(),
                roughly || quantity.ABOUT() != null);
        checkUnitCarries(result, context.at(quantity));
        return result;
    }

    /**
     * A target's figure: a level, a change against the baseline (10%増, 4.0%減少, 5ポイント増, or 1.2倍 where the
     * baseline is not itself counted in 倍), the baseline (現状値, 現状維持) or a direction (増加, 減少).
     */
    TargetFigure targetFigure(StrategyParser.TargetFigureContext figure, Optional<Observation> baseline) {
        String written = BuildContext.written(figure).strip();
        if (figure.quantity() == null) {
            return figure.BASELINE() != null ? new TargetFigure.AtBaseline(false, written)
                    : figure.KEEP() != null ? new TargetFigure.AtBaseline(true, written)
                    : new TargetFigure.Trend(figure.INCREASE() != null ? 1 : -1, written);
        }
        Quantity value = quantity(figure.quantity());
        StrategyParser.ChangeContext change = figure.change();
        if (change == null) {
            boolean baselineInTimes = baseline.map(observation -> observation.value().unit().equals(TIMES))
                    .orElse(false);
            if (value.unit().length() > 1 && CHANGE_WORD.matcher(value.unit()).find()) {
                // 5人増 reads as a unit 人増: a change is a percentage or points of the baseline.
                context.error(context.at(figure.quantity()), "target.changeUnit", written);
            }
            return value.unit().equals(TIMES) && !baselineInTimes
                    ? new TargetFigure.Change(TargetFigure.ChangeKind.TIMES, value.baseValue(), 1, written)
                    : new TargetFigure.Level(value);
        }
        int sign = change.DECREASE() != null || change.getText().contains("減") ? -1 : 1;
        TargetFigure.ChangeKind kind = change.POINTS_CHANGE() != null || value.unit().equals(POINTS)
                ? TargetFigure.ChangeKind.POINTS
                : value.unit().equals("%") ? TargetFigure.ChangeKind.PERCENT : null;
        if (kind == null) {
            context.error(context.at(change), "target.changeUnit", written);
            return new TargetFigure.Level(value);
        }
        return new TargetFigure.Change(kind, value.baseValue().abs(), sign, written);
    }

    /** A plain number, such as an impact level. */
    BigDecimal number(TerminalNode number) {
        return decimal(number);
    }

    /**
     * The largest multiplier written: 13万8千 and 5千万 are amounts of 万. A loop over the amount's tokens: it runs on
     * every figure, and most have no multiplier.
     */
    private int leadingExponent(StrategyParser.AmountContext amount) {
        int largest = 0;
        for (ParseTree child : amount.children) {
            if (((TerminalNode) child).getSymbol().getType() == StrategyLexer.MULTIPLIER) {
                largest = Math.max(largest, MULTIPLIERS.get(child.getText()));
            }
        }
        return largest;
    }

    /**
     * 13万8千 is 13 × 10⁴ + 8 × 10³, and 1億5千万 is 1 × 10⁸ + 5 × 10³ × 10⁴: 千 counts within a group of four
     * digits, 万, 億 and 兆 close a group. The group multipliers must fall from left to right, and a group takes one 千.
     */
    private BigDecimal amountValue(StrategyParser.AmountContext amount) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = BigDecimal.ZERO;
        BigDecimal pending = null;
        int previousGroupExponent = Integer.MAX_VALUE;
        boolean thousandInGroup = false;
        for (ParseTree child : amount.children) {
            TerminalNode node = (TerminalNode) child;
            if (node.getSymbol().getType() == StrategyLexer.NUMBER) {
                pending = decimalOrNull(node);
                if (pending == null) {
                    return BigDecimal.ZERO;
                }
                continue;
            }
            int exponent = MULTIPLIERS.get(node.getText());
            if (exponent < GROUP_EXPONENT) {
                if (thousandInGroup) {
                    // One error per figure: a figure of 1千 repeated would otherwise give one per repetition.
                    context.error(context.at(node), "figure.multiplierOrder", BuildContext.written(amount));
                    return BigDecimal.ZERO;
                }
                thousandInGroup = true;
                group = group.add((pending == null ? BigDecimal.ONE : pending).scaleByPowerOfTen(exponent));
            } else {
                if (exponent >= previousGroupExponent) {
                    context.error(context.at(node), "figure.multiplierOrder", BuildContext.written(amount));
                    return BigDecimal.ZERO;
                }
                previousGroupExponent = exponent;
                BigDecimal groupValue = pending == null ? group : group.add(pending);
                total = total.add(groupValue.scaleByPowerOfTen(exponent));
                group = BigDecimal.ZERO;
                thousandInGroup = false;
            }
            pending = null;
        }
        total = total.add(group);
        return pending == null ? total : total.add(pending);
    }

    private BigDecimal decimal(TerminalNode number) {
        BigDecimal value = decimalOrNull(number);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Null once the error is reported. */
    private BigDecimal decimalOrNull(TerminalNode number) {
        String digits = Names.nfkc(number.getText()).replace(",", "");
        if (digits.replace(".", "").length() > MAX_DIGITS) {
            context.error(context.at(number), "figure.tooManyDigits", number.getText(), MAX_DIGITS);
            return null;
        }
        return new BigDecimal(digits);
    }

    private void checkUnitCarries(Quantity quantity, SourcePosition position) {
        if (Units.SHARES.contains(quantity.unit()) && quantity.multiplierExponent() != 0) {
            context.error(position, "figure.shareWithMultiplier", quantity.written(), quantity.unit());
        }
        if (Units.COUNTING.contains(quantity.unit()) && quantity.baseValue().stripTrailingZeros().scale() > 0) {
            context.error(position, "figure.fractionOfCount", quantity.written(), quantity.unit());
        }
    }
}
