package dev.planlint.model;

/**
 * Which series of a KPI line this KPI is: {@code ・健康寿命：現状値 男性79.0歳、女性83.2歳(R4年) → …} is two KPIs,
 * 健康寿命 for 男性 and for 女性, reported together under the one line.
 *
 * @param kpiName the name written on the line (健康寿命)
 * @param label   the series' label (男性)
 */
public record KpiSeries(String kpiName, String label) {

    /** The name a series' KPI is reported and matched by: 健康寿命（男性）. */
    public static String nameOf(String kpiName, String label) {
        return kpiName + "（" + label + "）";
    }
}
