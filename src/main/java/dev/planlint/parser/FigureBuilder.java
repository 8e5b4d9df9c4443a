package dev.planlint.parser;

import dev.planlint.model.Names;
import dev.planlint.model.Quantity;
import dev.planlint.model.SourcePosition;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Builds exact {@link Quantity} values from figures such as {@code 13万8千人}, {@code 1,496万㌧} or {@code 88.5％}. */
final class FigureBuilder {

    static final int MAX_DIGITS = 30;

    private static final Map<String, Integer> MULTIPLIERS = Map.of("千", 3, "万", 4, "億", 8, "兆", 12);

    /** Units that count whole things: a value in them must be a whole number. */
    private static final Set<String> COUNTING_UNITS = Set.of("人", "件", "社", "回", "人泊", "戸", "校", "箇所",
            "か所", "カ所", "団体", "世帯", "組", "店舗", "事業所", "施設", "台", "棟", "人日");

    /** Units of a share: they take no 千/万/億 multiplier. */
    private static final Set<String> SHARE_UNITS = Set.of("%", "割", "‰");

    private final BuildContext context;

    FigureBuilder(BuildContext context) {
        this.context = context;
    }

    Quantity quantity(StrategyParser.QuantityContext quantity) {
        StrategyParser.AmountContext amount = quantity.amount();
        int exponent = leadingExponent(amount);
        BigDecimal value = amountValue(amount).scaleByPowerOfTen(-exponent);
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

    private int leadingExponent(StrategyParser.AmountContext amount) {
        return amount.MULTIPLIER().isEmpty() ? 0 : MULTIPLIERS.get(amount.MULTIPLIER(0).getText());
    }

    /** 13万8千 is 13 × 10⁴ + 8 × 10³; the multipliers must fall from left to right. */
    private BigDecimal amountValue(StrategyParser.AmountContext amount) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal pending = null;
        int previousExponent = Integer.MAX_VALUE;
        for (ParseTree child : amount.children) {
            TerminalNode node = (TerminalNode) child;
            if (node.getSymbol().getType() == StrategyLexer.NUMBER) {
                pending = decimal(node);
                continue;
            }
            int exponent = MULTIPLIERS.get(node.getText());
            if (exponent >= previousExponent) {
                context.error(context.at(node), "figure.multiplierOrder", BuildContext.written(amount));
            }
            previousExponent = exponent;
            total = total.add(pending.scaleByPowerOfTen(exponent));
            pending = null;
        }
        return pending == null ? total : total.add(pending);
    }

    private BigDecimal decimal(TerminalNode number) {
        String digits = Names.nfkc(number.getText()).replace(",", "");
        if (digits.replace(".", "").length() > MAX_DIGITS) {
            context.error(context.at(number), "figure.tooManyDigits", number.getText(), MAX_DIGITS);
            return BigDecimal.ZERO;
        }
        return new BigDecimal(digits);
    }

    private void checkUnitCarries(Quantity quantity, SourcePosition position) {
        if (SHARE_UNITS.contains(quantity.unit()) && quantity.multiplierExponent() != 0) {
            context.error(position, "figure.shareWithMultiplier", quantity.written(), quantity.unit());
        }
        if (COUNTING_UNITS.contains(quantity.unit()) && quantity.baseValue().stripTrailingZeros().scale() > 0) {
            context.error(position, "figure.fractionOfCount", quantity.written(), quantity.unit());
        }
    }
}
