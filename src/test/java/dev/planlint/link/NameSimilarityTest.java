package dev.planlint.link;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name heuristics at their edges: a small edit is at most three characters and at most a fifth of the name. */
class NameSimilarityTest {

    @Test
    void editDistanceCountsSubstitutionsInsertionsAndDeletions() {
        assertThat(NameSimilarity.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSimilarity.editDistance("abc", "abd")).isEqualTo(1);
        assertThat(NameSimilarity.editDistance("abc", "ab")).isEqualTo(1);
        assertThat(NameSimilarity.editDistance("ab", "abc")).isEqualTo(1);
        assertThat(NameSimilarity.editDistance("", "abc")).isEqualTo(3);
        assertThat(NameSimilarity.editDistance("abc", "")).isEqualTo(3);
        assertThat(NameSimilarity.editDistance("生み育て", "産み育て")).isEqualTo(1);
    }

    @Test
    void editDistanceIgnoresWidthAndSpaces() {
        assertThat(NameSimilarity.editDistance("ＤＭＯ の 推進", "DMOの推進")).isZero();
        assertThat(NameSimilarity.editDistance("子育て　支援", "子育て支援")).isZero();
    }

    @Test
    void oneEditIsSmallFromFiveCharactersOn() {
        assertThat(NameSimilarity.isSmallEdit("abcde", "abcdx")).isTrue();
        assertThat(NameSimilarity.isSmallEdit("abcd", "abcx")).isFalse();
    }

    @Test
    void twoEditsAreSmallFromTenCharactersOn() {
        assertThat(NameSimilarity.isSmallEdit("abcdefghij", "abcdefghxy")).isTrue();
        assertThat(NameSimilarity.isSmallEdit("abcdefghi", "abcdefgxy")).isFalse();
    }

    @Test
    void threeEditsAreSmallFromFifteenCharactersOn() {
        assertThat(NameSimilarity.isSmallEdit("abcdefghijklmno", "abcdefghijklxyz")).isTrue();
        assertThat(NameSimilarity.isSmallEdit("abcdefghijklmn", "abcdefghijkxyz")).isFalse();
    }

    @Test
    void fourEditsAreNeverSmallHoweverLongTheName() {
        String longName = "a".repeat(40);
        assertThat(NameSimilarity.isSmallEdit(longName, "a".repeat(36) + "wxyz")).isFalse();
        assertThat(NameSimilarity.isSmallEdit(longName, "a".repeat(37) + "xyz")).isTrue();
    }

    @Test
    void theLongerNameIsMeasuredAfterNormalisation() {
        // Nine characters as written, four after removing the spaces: one edit is a quarter of the name.
        assertThat(NameSimilarity.isSmallEdit("あいう　　　　　え", "あいうお")).isFalse();
        // And the other way round: the longer name may be either argument.
        assertThat(NameSimilarity.isSmallEdit("abc", "abcd")).isFalse();
        assertThat(NameSimilarity.isSmallEdit("abcd", "abcde")).isTrue();
        assertThat(NameSimilarity.isSmallEdit("abcde", "abcd")).isTrue();
    }

    @Test
    void theLongestSharedRunIsTheFirstOfEquallyLongRuns() {
        assertThat(NameSimilarity.longestSharedRun("「日本版ＤＭＯ」の推進", "ＤＭＯの強化")).isEqualTo("DMO");
        assertThat(NameSimilarity.longestSharedRun("abXcd", "abYcd")).isEqualTo("ab");
        assertThat(NameSimilarity.longestSharedRun("xyzab", "abqxyz")).isEqualTo("xyz");
        assertThat(NameSimilarity.longestSharedRun("abc", "xyz")).isEmpty();
        assertThat(NameSimilarity.longestSharedRun("abc", "abc")).isEqualTo("abc");
    }
}
