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
 * percentage (0.0123 is 1.23%), {@code {subject}} the name of what the finding is about. Numbers are written the same
 * way whatever the machine's locale, large ones with the multipliers strategies use: 1,234.5, 153万, 736億.
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
     * A kind or a basis in the words of the message's language (同じ名称, "same name"): a figure that is an enum reads
     * {@code figure.<Type>.<NAME>} from the message files; a match basis reads {@code diff.basis.<KIND>} with its detail.
     */
    static Optional<String> words(Object value, Locale locale) {
        String key;
        Object[] arguments = {};
        if (value instanceof MatchBasis basis) {
            key = "diff.basis." + basis.kind().name();
            arguments = new Object[] {basis.detail()};
        } else if (value instanceof Enum<?> kind) {
            key = "figure." + kind.getDeclaringClass().getSimpleName() + "." + kind.name();
        } else {
            return Optional.empty();
        }
        String text = Messages.format(locale, key, arguments);
        return text.equals(key) ? Optional.empty() : Optional.of(text);
    }

    static String format(Object value, boolean percent) {
        if (!(value instanceof BigDecimal number)) {
            return String.valueOf(value);
        }
        if (percent) {
            return decimal(number.movePointRight(2)) + "%";
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
