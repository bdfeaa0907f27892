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
import java.util.Set;
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

    /** Phrases grouped by their first word, lower-case; each group's pattern is tried where that word occurs. */
    private final Map<String, Pattern> byFirstWord;

    private Phrases(Map<String, Pattern> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static Phrases load(String name) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String phrase : lines(name)) {
            String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(first, f -> new ArrayList<>()).add(phrase);
        }
        Map<String, Pattern> byFirstWord = new LinkedHashMap<>();
        groups.forEach((first, phrases) -> byFirstWord.put(first, compile(phrases)));
        return new Phrases(byFirstWord);
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
    private List<Match> find(String text, String lower, Set<String> words) {
        List<Match> candidates = new ArrayList<>();
        for (Map.Entry<String, Pattern> group : byFirstWord.entrySet()) {
            if (!words.contains(group.getKey())) {
                continue;
            }
            Matcher matcher = null;
            for (int at = lower.indexOf(group.getKey()); at >= 0; at = lower.indexOf(group.getKey(), at + 1)) {
                if (at > 0 && isWordChar(text.charAt(at - 1))) {
                    continue;
                }
                matcher = matcher == null ? group.getValue().matcher(text) : matcher;
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
