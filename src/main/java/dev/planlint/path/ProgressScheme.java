package dev.planlint.path;

/**
 * One evaluation scheme's way of measuring progress. {@link KpiPath#progress(Scheme)} settles what every scheme
 * shares (no actual, units, a reached target or a broken bound) and asks the scheme only for its figure.
 */
interface ProgressScheme {

    /** The scheme's figure for a KPI with a comparable latest value whose target is not yet reached. */
    Progress measure(KpiPath path);

    static ProgressScheme of(Scheme scheme) {
        return switch (scheme) {
            case ACHIEVEMENT_RATE -> new AchievementRate();
            case ELAPSED_TIME -> new ElapsedTime();
            case TAMA_PRO_RATA -> new TamaProRata();
            case NAGAYO_BASELINE -> new NagayoBaseline();
            case EUROSTAT_GROWTH -> new EurostatGrowth();
        };
    }
}
