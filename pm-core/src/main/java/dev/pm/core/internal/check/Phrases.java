package dev.pm.core.internal.check;

import dev.pm.core.internal.Prose;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of phrases from a resource file under {@code dev/pm/core/check/}, one per line ({@code #} starts a
 * comment), matched case-insensitively on word boundaries, with any run of white space between words.
 */
final class Phrases {

    /** One occurrence of a phrase in a text. */
    record Match(int start, int end, String text) {
    }

    private final Pattern pattern;

    private Phrases(Pattern pattern) {
        this.pattern = pattern;
    }

    static Phrases load(String name) {
        return new Phrases(compile(lines(name)));
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
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            matches.add(new Match(matcher.start(), matcher.end(), matcher.group()));
        }
        return matches;
    }

    Optional<Match> first(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(new Match(matcher.start(), matcher.end(), matcher.group()))
                : Optional.empty();
    }

    boolean in(List<Prose.Passage> passages) {
        return passages.stream().anyMatch(p -> pattern.matcher(p.text()).find());
    }

    /** The first match in a list of passages, with the passage it is in. */
    Optional<Located> firstIn(List<Prose.Passage> passages) {
        for (Prose.Passage passage : passages) {
            Optional<Match> match = first(passage.text());
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
            find(passage.text()).forEach(match -> found.add(new Located(passage, match)));
        }
        return found;
    }

    /** A match and the passage it was found in. */
    record Located(Prose.Passage passage, Match match) {
    }
}
