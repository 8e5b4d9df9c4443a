package dev.planlint.parser;

import dev.planlint.model.Names;
import dev.planlint.model.Quantity;
import dev.planlint.model.Units;
import dev.planlint.model.SourcePosition;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.Map;

/** Builds exact {@link Quantity} values from figures such as {@code 13万8千人}, {@code 1,496万㌧} or {@code 88.5％}. */
final class FigureBuilder {

    static final int MAX_DIGITS = 30;

    private static final Map<String, Integer> MULTIPLIERS = Map.of("千", 3, "万", 4, "億", 8, "兆", 12);

    /** 万 and the multipliers above it close a group of four digits; 千 counts within one. */
    private static final int GROUP_EXPONENT = 4;

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
        if (quantity.sign() != null && quantity.sign().MINUS() != null) {
            value = value.negate();
        }
        String unit = quantity.unit() == null ? "" : Names.normalize(BuildContext.written(quantity.unit()));
        Quantity result = new Quantity(value, exponent, unit, BuildContext.written(quantity).strip());
        checkUnitCarries(result, context.at(quantity));
        return result;
    }

    /** A plain number, such as an impact level. */
    BigDecimal number(TerminalNode number) {
        return decimal(number);
    }

    /** The largest multiplier written: 13万8千 and 5千万 are amounts of 万. */
    private int leadingExponent(StrategyParser.AmountContext amount) {
        return amount.MULTIPLIER().stream().mapToInt(multiplier -> MULTIPLIERS.get(multiplier.getText())).max()
                .orElse(0);
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
