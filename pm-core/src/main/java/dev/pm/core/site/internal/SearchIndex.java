package dev.pm.core.site.internal;

import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Section;
import dev.pm.core.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The full-text search index under {@code search/}, built at build time from the words the authors wrote: the
 * title, summary, impact, services, tags and the plain text of every section and action item of the archive it
 * is given (the engine gives it the public archive in a public build, so no internal section and no draft is in
 * it). Each file is a script that hands its data to {@code window.pmSearch}, so that the reader's browser loads
 * it with a {@code <script>} element, which works from {@code file://} where {@code fetch} does not.
 *
 * <ul>
 * <li>{@code search/meta.js}: the postmortems, in archive order (newest first); a postmortem's number is its
 *     position. {@code {"url": "postmortems/{}.html", "severities": [...], "services": [...], "shards": [key...],
 *     "docs": [[title, slug, severity, year, [service...]], ...]}}, severities and services by position.
 * <li>{@code search/t-KEY.js}: one shard of the inverted index, every word whose first two characters make
 *     {@code KEY} (their code points in hexadecimal, joined by {@code -}). {@code {"word": [gap, score, gap,
 *     score, ...]}}: the postmortem numbers as gaps from the previous one, each with the word's score there
 *     (16 in the title, 8 in the summary, 4 as a service, tag, severity or year, plus its count in the text up to
 *     7), so the reader's browser loads one small shard per word typed.
 * <li>{@code search/d/N.js}: postmortem N's summary and plain text, loaded only to show a snippet of a result.
 * </ul>
 *
 * <p>Words are cut as {@code search.js} cuts a query: lower case, accents removed (NFKD without marks), split at
 * anything but letters and digits; a run of Han, Hiragana or Katakana, written without spaces, gives its
 * overlapping pairs of characters.
 */
final class SearchIndex {

    static final String FOLDER = "search/";
    private static final Pattern TAG = Pattern.compile("<(script|style)\\b.*?</\\1>|<[^>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile(
            "&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchIndex() {
    }

    /** What the index holds of one postmortem: its words with their scores, and its text for snippets. */
    private record Indexed(Map<String, Integer> scores, String summary, String text) {

        /** {@code search/d/N.js} for this postmortem as number {@code id}. */
        byte[] docFile(int id) {
            Map<String, String> doc = new LinkedHashMap<>();
            doc.put("summary", summary);
            doc.put("text", text);
            return script("doc(" + id + ",", doc);
        }
    }

    /** A postmortem's part of the index and its doc file, as number {@code id}. */
    private record Entry(Indexed indexed, int id, byte[] docFile) {
    }

    /**
     * What the last build indexed, by postmortem, so that a rebuild in {@code pm:serve} cuts into words and writes
     * out only the postmortems that changed: at 10,000 postmortems, indexing them all again was most of a rebuild
     * after one edit. A postmortem equal to one indexed before has the same words and text.
     */
    static final class Memory {
        private volatile Map<Postmortem, Entry> entries = Map.of();
    }

    /** A word's postings: pairs of postmortem number and score, in archive order. */
    private static final class Postings {
        private int[] pairs = new int[8];
        private int size;

        void add(int id, int score) {
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = id;
            pairs[size++] = score;
        }

        /** As the shard files hold them: each number as the gap from the one before, then its score. */
        void writeGaps(StringBuilder out) {
            out.append('[');
            int previous = 0;
            for (int i = 0; i < size; i += 2) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(pairs[i] - previous).append(',').append(pairs[i + 1]);
                previous = pairs[i];
            }
            out.append(']');
        }
    }

    /** Every file of the index, by its path in the site. */
    static Map<String, byte[]> files(Archive archive) {
        return files(archive, new Memory());
    }

    /** Every file of the index, reusing what {@code memory} holds of an earlier build and keeping this one's. */
    static Map<String, byte[]> files(Archive archive, Memory memory) {
        List<String> severities = new ArrayList<>();
        List<String> services = new ArrayList<>(archive.byService().keySet());
        List<List<Object>> docs = new ArrayList<>();
        Map<String, Postings> postingsByWord = new HashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Postmortem> all = archive.postmortems();
        // Cutting each postmortem into words is independent of the others; the postings are then merged in
        // archive order, so the files are the same whatever the threads did.
        Map<Postmortem, Entry> before = memory.entries;
        List<Entry> entries = java.util.stream.IntStream.range(0, all.size()).parallel().mapToObj(id -> {
            Entry known = before.get(all.get(id));
            if (known != null && known.id() == id) {
                return known;
            }
            Indexed indexed = known != null ? known.indexed() : index(all.get(id));
            return new Entry(indexed, id, indexed.docFile(id));
        }).toList();
        Map<Postmortem, Entry> now = new HashMap<>();
        for (int id = 0; id < all.size(); id++) {
            now.put(all.get(id), entries.get(id));
        }
        memory.entries = now;
        List<Indexed> indexed = entries.stream().map(Entry::indexed).toList();
        for (int id = 0; id < all.size(); id++) {
            Postmortem p = all.get(id);
            String severity = p.severity().label();
            if (!severities.contains(severity)) {
                severities.add(severity);
            }
            docs.add(List.of(p.title(), SitePaths.segment(p.slug()), severities.indexOf(severity), year(p),
                    p.services().stream().map(services::indexOf).toList()));
            for (Map.Entry<String, Integer> e : indexed.get(id).scores().entrySet()) {
                postingsByWord.computeIfAbsent(e.getKey(), k -> new Postings()).add(id, e.getValue());
            }
            files.put(FOLDER + "d/" + id + ".js", entries.get(id).docFile());
        }
        Map<String, List<String>> shards = new TreeMap<>();
        postingsByWord.keySet().stream().sorted().forEach(word -> shards.computeIfAbsent(shardKey(word),
                k -> new ArrayList<>()).add(word));
        for (Map.Entry<String, List<String>> shard : shards.entrySet()) {
            StringBuilder js = new StringBuilder(64 + 32 * shard.getValue().size());
            js.append("pmSearch.shard(\"").append(shard.getKey()).append("\",{");
            boolean first = true;
            for (String word : shard.getValue()) {
                if (!first) {
                    js.append(',');
                }
                first = false;
                Json.string(js, word);
                js.append(':');
                postingsByWord.get(word).writeGaps(js);
            }
            js.append("});\n");
            files.put(FOLDER + "t-" + shard.getKey() + ".js", js.toString().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("url", "postmortems/{}.html");
        meta.put("severities", severities);
        meta.put("services", services);
        meta.put("shards", List.copyOf(shards.keySet()));
        meta.put("docs", docs);
        files.put(FOLDER + "meta.js", script("meta(", meta));
        return files;
    }

    private static int year(Postmortem p) {
        return p.published().getYear(); // as the year pages group them
    }

    private static Indexed index(Postmortem p) {
        String text = plainText(p);
        Map<String, Integer> scores = new HashMap<>();
        words(p.title()).forEach(w -> scores.merge(w, 16, Math::max));
        Map<String, Integer> fromSummary = new HashMap<>();
        words(p.summary().orElse("")).forEach(w -> fromSummary.put(w, 8));
        fromSummary.forEach((w, s) -> scores.merge(w, s, Integer::sum));
        Map<String, Integer> fromFacts = new HashMap<>();
        List<String> facts = new ArrayList<>(p.services());
        facts.addAll(p.tags());
        facts.add(p.severity().label());
        facts.add(Integer.toString(year(p)));
        facts.forEach(f -> words(f).forEach(w -> fromFacts.put(w, 4)));
        fromFacts.forEach((w, s) -> scores.merge(w, s, Integer::sum));
        Map<String, Integer> counts = new HashMap<>();
        words(text).forEach(w -> counts.merge(w, 1, Integer::sum));
        counts.forEach((w, c) -> scores.merge(w, Math.min(c, 7), Integer::sum));
        return new Indexed(scores, p.summary().orElse(""), text);
    }

    /** {@code KEY} of the shard holding {@code word}: its first two code points in hexadecimal. */
    static String shardKey(String word) {
        StringBuilder key = new StringBuilder();
        word.codePoints().limit(2).forEach(c -> {
            if (key.length() > 0) {
                key.append('-');
            }
            key.append(Integer.toHexString(c));
        });
        return key.toString();
    }

    /** The words of {@code text}, as {@code search.js} cuts a query. */
    static List<String> words(String text) {
        if (isAscii(text)) {
            return asciiWords(text);
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String token : NOT_WORD.split(folded)) {
            if (token.isEmpty()) {
                continue;
            }
            StringBuilder plain = new StringBuilder();
            int[] points = token.codePoints().toArray();
            int i = 0;
            while (i < points.length) {
                if (isCjk(points[i])) {
                    if (plain.length() > 0) {
                        words.add(plain.toString());
                        plain.setLength(0);
                    }
                    int start = i;
                    while (i < points.length && isCjk(points[i])) {
                        i++;
                    }
                    if (i - start == 1) {
                        words.add(new String(points, start, 1));
                    }
                    for (int j = start; j + 1 < i; j++) {
                        words.add(new String(points, j, 2));
                    }
                } else {
                    plain.appendCodePoint(points[i++]);
                }
            }
            if (plain.length() > 0) {
                words.add(plain.toString());
            }
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of ASCII text, cut as {@link #words} cuts any text, without its general steps: NFKD leaves ASCII as
     * it is and finds no marks in it, and its letters and digits are a-z, A-Z and 0-9. Most archives are written
     * in English, and the index cuts every word of every postmortem.
     */
    private static List<String> asciiWords(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean inWord = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isCjk(int c) {
        if (c < 0x2E80) {
            // Han, Hiragana and Katakana all lie above U+2E80; this spares the script lookup for most letters.
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Everything a reader can read of the postmortem's body, as plain text in reading order. */
    static String plainText(Postmortem p) {
        StringBuilder text = new StringBuilder();
        p.impact().ifPresent(i -> text.append(i).append('\n'));
        p.regret().ifPresent(r -> section(text, r.section()));
        p.reason().ifPresent(r -> {
            section(text, r.section());
            for (Section s : r.subsections()) {
                section(text, s);
            }
            for (TimelineEntry e : r.timeline()) {
                text.append(strip(e.html())).append('\n');
            }
        });
        p.remedy().ifPresent(r -> {
            section(text, r.section());
            for (ActionItem a : r.actions()) {
                text.append(strip(a.html())).append('\n');
            }
        });
        p.otherSections().forEach(s -> section(text, s));
        text.append(String.join(" ", p.tags()));
        return text.toString().strip();
    }

    private static void section(StringBuilder text, Section s) {
        text.append(s.title()).append('\n').append(strip(s.html())).append('\n');
    }

    /** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
    static String strip(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        text = ENTITY.matcher(text).replaceAll(m -> {
            String e = m.group(1);
            String decoded = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> character(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))).orElse(m.group());
            };
            return java.util.regex.Matcher.quoteReplacement(decoded);
        });
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The character a numeric reference names, if it names one (raw HTML may name anything, or nothing). */
    private static java.util.Optional<String> character(int codePoint) {
        return Character.isValidCodePoint(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)
                ? java.util.Optional.of(new String(Character.toChars(codePoint))) : java.util.Optional.empty();
    }

    private static byte[] script(String call, Object data) {
        return ("pmSearch." + call + Json.compact(data) + ");\n").getBytes(StandardCharsets.UTF_8);
    }
}
