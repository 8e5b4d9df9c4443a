package dev.planlint.link;

import dev.planlint.model.Names;

/** How alike two names are, after NFKC and without spaces: edit distance and longest shared run. */
final class NameSimilarity {

    private NameSimilarity() {
    }

    static int editDistance(String a, String b) {
        String x = Names.normalize(a);
        String y = Names.normalize(b);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    /** The longest run of characters both names share. */
    static String longestSharedRun(String a, String b) {
        String x = Names.normalize(a);
        String y = Names.normalize(b);
        String best = "";
        for (int i = 0; i < x.length(); i++) {
            for (int j = 0; j < y.length(); j++) {
                int k = 0;
                while (i + k < x.length() && j + k < y.length() && x.charAt(i + k) == y.charAt(j + k)) {
                    k++;
                }
                if (k > best.length()) {
                    best = x.substring(i, i + k);
                }
            }
        }
        return best;
    }

    /** A small edit: at most a fifth of the longer name, and at most three characters. */
    static boolean isSmallEdit(String a, String b) {
        int distance = editDistance(a, b);
        int longer = Math.max(Names.normalize(a).length(), Names.normalize(b).length());
        return distance <= 3 && distance * 5 <= longer;
    }
}
