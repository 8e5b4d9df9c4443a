package dev.planlint.model;

import java.util.Set;
import java.util.regex.Pattern;

/** What a unit says about the values it can carry, for the checks of the figure reader and the validator. */
public final class Units {

    /** Units that count whole things: a value in them is a whole number, and a level of them is never below 0. */
    public static final Set<String> COUNTING = Set.of("人", "件", "社", "回", "人泊", "戸", "校", "箇所",
            "か所", "カ所", "団体", "世帯", "組", "店舗", "事業所", "施設", "台", "棟", "人日");

    /** Units of a share: they take no 千/万/億 multiplier. */
    public static final Set<String> SHARES = Set.of("%", "割", "‰");

    /** Names of a change or a difference, whose values may be below 0: 社会増減数, 転入超過数, 収支. */
    private static final Pattern CHANGE = Pattern.compile("増減|増加数|減少数|超過|差|収支|純|変化|伸び");

    /** Names of a share of a whole (受診率, 割合, 加入率), which cannot pass 100 %; a growth rate or a ratio can. */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("(率|割合)$");
    private static final Pattern RATE_OF_CHANGE = Pattern.compile("(増加|増減|伸び|上昇|成長|変化|対前年|前年比|倍)率$|比率$");

    private Units() {
    }

    /** A count that cannot be below zero: a counting unit, and a name that is not a change. */
    public static boolean isLevelOfACount(String kpiName, String unit) {
        return COUNTING.contains(unit) && !CHANGE.matcher(kpiName).find();
    }

    /** A name that counts a change (社会増減数, 人口増加率), whose values may carry a sign: +30人 is a level of it. */
    public static boolean isChange(String kpiName) {
        String name = Names.nfkc(kpiName).strip();
        return CHANGE.matcher(name).find() || RATE_OF_CHANGE.matcher(name).find();
    }

    /** A share of a whole in percent: 受診率 in %, not 人口増加率 or 財政力指数. */
    public static boolean isShareOfAWhole(String kpiName, String unit) {
        String name = Names.nfkc(kpiName).strip();
        return unit.equals("%") && SHARE_OF_WHOLE.matcher(name).find() && !RATE_OF_CHANGE.matcher(name).find();
    }
}
