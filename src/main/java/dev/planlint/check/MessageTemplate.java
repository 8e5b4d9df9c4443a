package dev.planlint.check;

import dev.planlint.diagnostic.Messages;
import dev.planlint.model.MatchBasis;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template: {@code {name}} is the figure of that name, {@code {name%}} the figure as a
 * percentage to one decimal, as reports round them (0.0123 is 1.2%, 0.00495 is 0.495%; JSON keeps the exact
 * figure), {@code {subject}} the name of what the finding is about; a kind, grade or scheme is written in the
 * message's language. Numbers are written the same way whatever the machine's locale, large ones with the
 * multipliers strategies use: 1,234.5, 153万, 736億.
 */
final class MessageTemplate {

    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(%?)}");

    private MessageTemplate() {
    }

    static String fill(String template, String subject, Map<String, Object> figures, Locale locale) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = name.equals("subject") ? subject : figures.get(name);
            String text = value == null ? "?" : words(value, locale).orElseGet(() -> format(value,
                    !matcher.group(2).isEmpty()));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * A kind or a basis in the words of the message's language (同じ名称, "same name"): an enum reads
     * {@code figure.<Type>.<NAME>} from the message files, a match basis {@code diff.basis.<KIND>} with its detail.
     */
    static Optional<String> words(Object value, Locale locale) {
        if (value instanceof MatchBasis basis) {
            return Optional.of(Messages.format(locale, "diff.basis." + basis.kind().name(), basis.detail()));
        }
        return Messages.words(locale, value);
    }

    static String format(Object value, boolean percent) {
        if (!(value instanceof BigDecimal number)) {
            return String.valueOf(value);
        }
        if (percent) {
            BigDecimal percentage = number.movePointRight(2);
            // Below one per cent a single decimal would hide the difference a weak target is reported for.
            String pattern = percentage.abs().compareTo(BigDecimal.ONE) < 0 ? "#,##0.0##" : "#,##0.0";
            return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(percentage) + "%";
        }
        BigDecimal size = number.abs();
        if (size.compareTo(HUNDRED_MILLION) >= 0) {
            return decimal(number.movePointLeft(8)) + "億";
        }
        if (size.compareTo(MILLION) >= 0) {
            return decimal(number.movePointLeft(4)) + "万";
        }
        return decimal(number);
    }

    private static String decimal(BigDecimal number) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
    }
}
