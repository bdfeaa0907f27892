package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index cuts words as search.js cuts a query; ASCII text takes a shorter path that must cut the same. */
class SearchWordsTest {

    @Test
    void asciiTextIsCutIntoLowerCaseRunsOfLettersAndDigits() {
        assertThat(SearchIndex.words("Connection-pool exhausted: 42 ROLLBACKs, v2.1 (again)"))
                .containsExactly("connection", "pool", "exhausted", "42", "rollbacks", "v2", "1", "again");
    }

    @Test
    void asciiTextIsCutAsTheGeneralPathCutsTheSameWordsWithAnAccentAdded() {
        String ascii = "The on-call engineer rolled back release 7.3_b at 09:14 UTC; p99 latency fell.";
        // One accented letter sends the text down the general path (NFKD, marks removed, Unicode classes).
        assertThat(SearchIndex.words(ascii + " é")).containsExactlyElementsOf(
                java.util.stream.Stream.concat(SearchIndex.words(ascii).stream(), java.util.stream.Stream.of("e"))
                        .toList());
    }

    @Test
    void accentsAreFoldedAndHanKanaRunsGiveOverlappingPairs() {
        // NFKD splits で into て and a voicing mark, which goes with the accents, as search.js does to a query.
        assertThat(SearchIndex.words("Café naïve 東京駅で障害")).containsExactly("cafe", "naive", "東京", "京駅",
                "駅て", "て障", "障害");
    }

    @Test
    void textWithoutLettersOrDigitsHasNoWords() {
        assertThat(SearchIndex.words(" -- ... !! ")).isEmpty();
        assertThat(SearchIndex.words("")).isEmpty();
    }

    @Test
    void characterReferencesThatNameNoCharacterStayAsWrittenInsteadOfFailingTheBuild() {
        assertThat(SearchIndex.strip("<p>a &#99999999999; b &#x110000; c &#xD800; d &amp; e &#x41;&#66;</p>"))
                .isEqualTo("a &#99999999999; b &#x110000; c &#xD800; d & e AB");
    }
}
