package dev.pm.core.check.internal;

import dev.pm.core.read.Prose;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of phrases from a resource file under {@code dev/pm/core/check/}, one per line ({@code #} starts a
 * comment), matched case-insensitively on word boundaries, with any run of white space between words.
 *
 * <p>Matching looks for each phrase's first word with {@code indexOf} and tries the phrases only where one
 * occurs: one regular expression of all phrases tried at every position of every passage cost more than parsing
 * the Markdown did.
 */
final class Phrases {

    /** One occurrence of a phrase in a text. */
    record Match(int start, int end, String text) {
    }

    /** A match and the passage it was found in. */
    record Located(Prose.Passage passage, Match match) {
    }

    /** The groups' first words, lower-case, in the order of the file. */
    private final String[] firstWords;
    /** Each group's phrases as one pattern, tried where its first word occurs. */
    private final Pattern[] patterns;
    /**
     * An open-addressing table from a first word's hash to its group's index plus one (0: empty), so that a
     * passage's word is looked up from its span without being made into a string.
     */
    private final int[] table;

    private Phrases(List<String> firstWords, List<Pattern> patterns) {
        this.firstWords = firstWords.toArray(String[]::new);
        this.patterns = patterns.toArray(Pattern[]::new);
        this.table = new int[Integer.highestOneBit(Math.max(1, this.firstWords.length) * 4) * 2];
        for (int group = 0; group < this.firstWords.length; group++) {
            String word = this.firstWords[group];
            int slot = hash(word, 0, word.length()) & (table.length - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = group + 1;
        }
    }

    static Phrases load(String name) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String phrase : lines(name)) {
            String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(first, f -> new ArrayList<>()).add(phrase);
        }
        List<Pattern> patterns = groups.values().stream().map(Phrases::compile).toList();
        return new Phrases(List.copyOf(groups.keySet()), patterns);
    }

    /** The non-comment lines of a resource file under {@code dev/pm/core/check/}. */
    static List<String> lines(String name) {
        String resource = "/dev/pm/core/check/" + name + ".txt";
        List<String> phrases = new ArrayList<>();
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pm-core is missing its resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String phrase = line.replaceFirst("#.*", "").strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }

    private static Pattern compile(List<String> phrases) {
        String alternatives = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(phrase -> List.of(phrase.split("\\s+")).stream().map(Pattern::quote)
                        .collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every match in a passage, leftmost first, longest at each position, none overlapping. */
    List<Match> find(Prose.Passage passage) {
        return find(passage.text(), passage.lowerCase(), passage.words());
    }

    /** Every match, leftmost first, longest at each position, none overlapping; only first words in the text. */
    private List<Match> find(String text, String lower, int[] words) {
        boolean[] present = groupsIn(lower, words);
        List<Match> candidates = new ArrayList<>();
        for (int group = 0; group < firstWords.length; group++) {
            if (!present[group]) {
                continue;
            }
            String first = firstWords[group];
            Matcher matcher = null;
            for (int at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
                if (at > 0 && isWordChar(text.charAt(at - 1))) {
                    continue;
                }
                matcher = matcher == null ? patterns[group].matcher(text) : matcher;
                matcher.region(at, text.length());
                if (matcher.lookingAt() && (matcher.end() == text.length() || !isWordChar(text.charAt(matcher.end())))) {
                    candidates.add(new Match(at, matcher.end(), matcher.group()));
                }
            }
        }
        if (candidates.size() < 2) {
            return candidates;
        }
        candidates.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end)
                .reversed()));
        List<Match> chosen = new ArrayList<>();
        int end = -1;
        for (Match match : candidates) {
            if (match.start() >= end) {
                chosen.add(match);
                end = match.end();
            }
        }
        return chosen;
    }

    /** Which groups have their first word among a passage's words ({@link Prose.Passage#words()}). */
    private boolean[] groupsIn(String lower, int[] words) {
        boolean[] present = new boolean[firstWords.length];
        for (int i = 0; i + 1 < words.length; i += 2) {
            int start = words[i];
            int length = words[i + 1] - start;
            for (int slot = hash(lower, start, words[i + 1]) & (table.length - 1); table[slot] != 0;
                    slot = (slot + 1) & (table.length - 1)) {
                String first = firstWords[table[slot] - 1];
                if (first.length() == length && lower.startsWith(first, start)) {
                    present[table[slot] - 1] = true;
                    break;
                }
            }
        }
        return present;
    }

    /** The hash of {@code text}'s characters from {@code start} to {@code end}, spread over the low bits. */
    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash ^ (hash >>> 16);
    }

    private static Optional<Match> first(List<Match> matches) {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    boolean in(List<Prose.Passage> passages) {
        return passages.stream().anyMatch(p -> !find(p).isEmpty());
    }

    /** The first match in a list of passages, with the passage it is in. */
    Optional<Located> firstIn(List<Prose.Passage> passages) {
        for (Prose.Passage passage : passages) {
            Optional<Match> match = first(find(passage));
            if (match.isPresent()) {
                return Optional.of(new Located(passage, match.get()));
            }
        }
        return Optional.empty();
    }

    /** Every match in a list of passages, with the passage each is in, in source order. */
    List<Located> findIn(List<Prose.Passage> passages) {
        List<Located> found = new ArrayList<>();
        for (Prose.Passage passage : passages) {
            find(passage).forEach(match -> found.add(new Located(passage, match)));
        }
        return found;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
