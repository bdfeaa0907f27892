package dev.pm.core.check.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A quick test of whether a sentence may match a pattern each of whose matches holds one of a few lower-case
 * words: true when one of them occurs in the sentence lower-cased (anywhere, not only as a whole word), or when the
 * sentence has a character beyond ASCII, which a pattern's Unicode case folding may match to an ASCII letter
 * ('\u017f' to 's'). Most sentences fail it, and so skip regular expressions tried at every position.
 *
 * <p>One pass over the sentence, looking each pair of letters up among the words' first two: pm's builds run on
 * the JVM's quick compiler (see {@code ShortRunCompilation}), where {@code String.contains} is a plain loop, and
 * trying 30 or 40 words one after another was an eighth of a build's time at 10,000 postmortems.
 */
final class WordFilter {

    private static final int ASCII = 128;

    /** The words of two or more characters, by their first two characters ({@code first * 128 + second}). */
    private final String[][] byFirstTwo = new String[ASCII * ASCII][];
    /** The words of one character. */
    private final boolean[] single = new boolean[ASCII];
    /** Whether one of the words is empty, which every sentence holds. */
    private final boolean anything;

    private WordFilter(List<String> words) {
        boolean empty = false;
        List<List<String>> buckets = new ArrayList<>(Collections.nCopies(ASCII * ASCII, null));
        for (String word : words) {
            if (word.isEmpty()) {
                empty = true;
            } else if (word.chars().allMatch(c -> c < ASCII)) {
                // A word beyond ASCII never occurs in a sentence within it, and any other sentence passes anyway.
                // A word is compared as given, with the sentence in lower case: one in upper case never occurs.
                if (word.length() == 1) {
                    single[word.charAt(0)] = true;
                } else {
                    int key = word.charAt(0) * ASCII + word.charAt(1);
                    if (buckets.get(key) == null) {
                        buckets.set(key, new ArrayList<>());
                    }
                    buckets.get(key).add(word);
                }
            }
        }
        for (int key = 0; key < buckets.size(); key++) {
            if (buckets.get(key) != null) {
                byFirstTwo[key] = buckets.get(key).toArray(String[]::new);
            }
        }
        anything = empty;
    }

    /** @param words in lower case, as the sentence is compared with them */
    static WordFilter of(List<String> words) {
        return new WordFilter(words);
    }

    /** Whether {@code sentence} holds one of the words in any case, or a character beyond ASCII. */
    boolean mayHold(String sentence) {
        if (anything) {
            return true;
        }
        int length = sentence.length();
        for (int i = 0; i < length; i++) {
            char c = sentence.charAt(i);
            if (c >= ASCII) {
                return true;
            }
            char first = lower(c);
            if (single[first]) {
                return true;
            }
            if (i + 1 < length) {
                char next = sentence.charAt(i + 1);
                if (next < ASCII) {
                    String[] candidates = byFirstTwo[first * ASCII + lower(next)];
                    if (candidates != null && anyAt(sentence, i, candidates)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean anyAt(String sentence, int at, String[] candidates) {
        for (String word : candidates) {
            if (at + word.length() <= sentence.length() && matchesAt(sentence, at + 2, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word's characters after its first two follow from {@code at}, ignoring ASCII case. */
    private static boolean matchesAt(String sentence, int at, String word) {
        for (int k = 2; k < word.length(); k++) {
            if (lower(sentence.charAt(at + k - 2)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII lower case, as {@code toLowerCase(Locale.ROOT)} gives it for a sentence within ASCII. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
