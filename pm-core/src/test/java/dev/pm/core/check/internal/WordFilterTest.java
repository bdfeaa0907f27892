package dev.pm.core.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordFilterTest {

    private static final List<String> WORDS = List.of("forgot", "failed to", "did not bother", "aws", "x", "gc");

    @Test
    void aWordAnywhereInAnyCasePasses() {
        WordFilter filter = WordFilter.of(WORDS);

        assertThat(filter.mayHold("The engineer FORGOT the flag.")).isTrue();
        assertThat(filter.mayHold("It was unforgotten")).isTrue();
        assertThat(filter.mayHold("The job Failed To start")).isTrue();
        assertThat(filter.mayHold("caused by AWS")).isTrue();
        assertThat(filter.mayHold("aws")).isTrue();
        assertThat(filter.mayHold("a Xylophone")).isTrue();
        assertThat(filter.mayHold("long GC pauses")).isTrue();
    }

    @Test
    void aSentenceWithoutTheWordsFails() {
        WordFilter filter = WordFilter.of(WORDS);

        assertThat(filter.mayHold("The deploy went out at noon.")).isFalse();
        assertThat(filter.mayHold("forgo")).isFalse();
        assertThat(filter.mayHold("failed  to start")).isFalse();
        assertThat(filter.mayHold("aw")).isFalse();
        assertThat(filter.mayHold("g")).isFalse();
        assertThat(filter.mayHold("")).isFalse();
    }

    @Test
    void aSentenceBeyondAsciiAlwaysPasses() {
        WordFilter filter = WordFilter.of(WORDS);

        assertThat(filter.mayHold("caused by AW\u017f")).isTrue();
        assertThat(filter.mayHold("caf\u00e9")).isTrue();
        assertThat(filter.mayHold("\ud83d\ude00")).isTrue();
    }

    @Test
    void aWordWithUpperCaseNeverOccursBecauseTheSentenceIsComparedInLowerCase() {
        WordFilter filter = WordFilter.of(List.of("AWS", "Kx", "\u212A"));

        assertThat(filter.mayHold("caused by AWS")).isFalse();
        assertThat(filter.mayHold("KX k")).isFalse();
    }

    @Test
    void anEmptyWordPassesEverySentence() {
        assertThat(WordFilter.of(List.of("")).mayHold("anything")).isTrue();
        assertThat(WordFilter.of(List.of()).mayHold("anything")).isFalse();
    }

    @Test
    void agreesWithLookingForEachWordInTheLowerCasedSentence() {
        WordFilter filter = WordFilter.of(WORDS);
        Random random = new Random(17);
        int passed = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = pieces(random);
            boolean expected = WORDS.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains);

            assertThat(filter.mayHold(text)).as(text).isEqualTo(expected);
            passed += expected ? 1 : 0;
        }
        assertThat(passed).as("sentences holding a word").isBetween(2_000, 18_000);
    }

    /** Random letters and spaces, and beginnings of the words (whole ones among them) in random case. */
    private static String pieces(Random random) {
        String letters = "abdfgorstwAFGOW ";
        StringBuilder sentence = new StringBuilder();
        int count = random.nextInt(6);
        for (int piece = 0; piece < count; piece++) {
            if (random.nextBoolean()) {
                sentence.append(letters.charAt(random.nextInt(letters.length())));
            } else {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                for (char c : word.substring(0, 1 + random.nextInt(word.length())).toCharArray()) {
                    sentence.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
            }
        }
        return sentence.toString();
    }
}
