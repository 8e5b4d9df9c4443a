package dev.planlint.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SARIF report split in two for the golden files: the rule catalog (tool.driver.rules), the same for every report
 * and golden-filed once, and the rest of the report with the catalog replaced by {@link #PLACEHOLDER}, so that a
 * change to a rule's page or help text touches one golden file. The split is on the text, so the bytes of both
 * halves are the renderer's own.
 */
record SarifRuleCatalog(String catalog, String masked) {

    static final String GOLDEN = "sarif-rule-catalog.json";
    static final String PLACEHOLDER = "\"(the rule catalog: " + GOLDEN + ")\"";

    /** The driver's "rules" array, from its opening bracket to the closing one at the same indentation. */
    private static final Pattern RULES = Pattern.compile("(?ms)^( *)\"rules\": (\\[\\n.*?^\\1\\])");

    static SarifRuleCatalog split(String sarif) {
        Matcher rules = RULES.matcher(sarif);
        assertThat(rules.find()).as("tool.driver.rules in %s", sarif).isTrue();
        String masked = sarif.substring(0, rules.start(2)) + PLACEHOLDER + sarif.substring(rules.end(2));
        assertThat(RULES.matcher(masked).find()).as("a second rules array").isFalse();
        return new SarifRuleCatalog(rules.group(2) + "\n", masked);
    }
}
