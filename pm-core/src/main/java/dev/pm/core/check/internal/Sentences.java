package dev.pm.core.check.internal;

import dev.pm.core.read.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A simple sentence splitter over the author's passages, keeping positions. A sentence ends at {@code .}, {@code !}
 * or {@code ?} (with any closing quotes or brackets after it) followed by white space and then a capital letter,
 * a digit, a quote or a bracket; or at the end of the passage. A full stop does not end a sentence after a common
 * abbreviation ({@code e.g.}, {@code i.e.}, {@code etc.}, {@code vs.}, {@code Mr.}, {@code Dr.}, {@code approx.},
 * {@code No.}) or after a single capital letter (an initial). A colon followed by a line of its own is not seen:
 * passages have no line breaks, so a list item is always a sentence of its own, and a heading too.
 */
final class Sentences {

    /** One sentence: the passage it is in and where it starts and ends in the passage's text. */
    record Sentence(Prose.Passage passage, int start, int end) {

        String text() {
            return passage.text().substring(start, end);
        }

        String lowerCase() {
            return passage.lowerCase().substring(start, end);
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr",
            "approx", "no", "cf", "inc", "ltd", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private Sentences() {
    }

    static List<Sentence> of(List<Prose.Passage> passages) {
        List<Sentence> all = new ArrayList<>();
        passages.forEach(p -> all.addAll(of(p)));
        return all;
    }

    static List<Sentence> of(Prose.Passage passage) {
        String text = passage.text();
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && "\"')]”’".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end);
            if (next < text.length() && !opensSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && abbreviation(text, i)) {
                continue;
            }
            if (end > start) {
                sentences.add(new Sentence(passage, start, end));
            }
            start = next;
            i = next - 1;
        }
        if (start < text.length()) {
            int end = text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                sentences.add(new Sentence(passage, start, end));
            }
        }
        return sentences;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'([“‘*_".indexOf(c) >= 0
                || !Character.isLetter(c);
    }

    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(from)));
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
