package dev.planlint.check;

import dev.planlint.diagnostic.Messages;
import dev.planlint.model.DecimalFormats;
import dev.planlint.model.MatchBasis;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template: {@code {name}} is the figure of that name, {@code {name%}} the figure as a
 * percentage to one decimal, as reports round them (0.0123 is 1.2%, 0.00495 is 0.495%; JSON keeps the exact
 * figure), {@code {name.1}} a figure that is already a percentage (an achievement rate of 62.4625) to one decimal,
 * {@code {name:year:years}} a count with its English noun (1 year, 2 years), {@code {subject}} the name of what the finding is about; a kind, grade or scheme is written in the message's
 * language, and its words may name figures in turn. A part written {@code [[…]]} is there only when every figure
 * it names is, one written {@code [[name?…]]} only when the figure {@code name} is too: a note that applies to some
 * findings only (the yearly average of a cumulative target). Numbers are
 * written the same way whatever the machine's locale, large ones with the multipliers strategies use: 1,234.5,
 * 153万, 736億.
 */
final class MessageTemplate {

    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(%|\\.1|:[^:{}]*:[^:{}]*)?}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(?:([A-Za-z]+)\\?)?(.*?)]]");

    private MessageTemplate() {
    }

    static String fill(String template, String subject, Map<String, Object> figures, Locale locale) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String condition = optional.group(1);
            String part = optional.group(2);
            boolean keep = (condition == null || figures.get(condition) != null) && allNamed(part, subject, figures);
            optional.appendReplacement(kept, Matcher.quoteReplacement(keep ? part : ""));
        }
        optional.appendTail(kept);
        return placeholders(kept.toString(), subject, figures, locale, true);
    }

    private static boolean allNamed(String part, String subject, Map<String, Object> figures) {
        Matcher matcher = PLACEHOLDER.matcher(part);
        while (matcher.find()) {
            if (!matcher.group(1).equals("subject") && figures.get(matcher.group(1)) == null) {
                return false;
            }
        }
        return true;
    }

    private static String placeholders(String template, String subject, Map<String, Object> figures, Locale locale,
                                       boolean wordsMayNameFigures) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String style = matcher.group(2) == null ? "" : matcher.group(2);
            Object value = name.equals("subject") ? subject : figures.get(name);
            String text = value == null ? "?" : words(value, locale)
                    .map(words -> wordsMayNameFigures ? placeholders(words, subject, figures, locale, false) : words)
                    .orElseGet(() -> style.startsWith(":") ? counted(value, style)
                            : style.equals(".1") ? oneDecimal(value) : format(value, style.equals("%")));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** {@code {years:year:years}}: the count and the English noun in the number it needs (1 year, 2 years). */
    private static String counted(Object value, String style) {
        String[] nouns = style.substring(1).split(":", -1);
        boolean one = value instanceof Number number && new BigDecimal(number.toString()).compareTo(BigDecimal.ONE) == 0;
        return format(value, false) + " " + (one ? nouns[0] : nouns[1]);
    }

    /** A figure that is already a percentage, to one decimal: 62.4625 is 62.5, 100 is 100.0. */
    private static String oneDecimal(Object value) {
        if (!(value instanceof BigDecimal number)) {
            return String.valueOf(value);
        }
        return DecimalFormats.format("#,##0.0", number);
    }

    /**
     * A kind or a basis in the words of the message's language (同じ名称, "same name"): an enum reads
     * {@code figure.<Type>.<NAME>} from the message files, a match basis {@code diff.basis.<KIND>} with its detail.
     */
    static Optional<String> words(Object value, Locale locale) {
        if (value instanceof MatchBasis basis) {
            return Optional.of(Messages.basis(locale, basis));
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
            return DecimalFormats.format(pattern, percentage) + "%";
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
        return DecimalFormats.format("#,##0.###", number);
    }
}
