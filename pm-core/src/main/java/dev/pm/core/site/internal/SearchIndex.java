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
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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
    /** Elements whose content is not text a reader sees; the tag scanner drops them whole. */
    private static final String[] RAW_TEXT_ELEMENTS = {"script", "style"};
    /**
     * Whether an element's name ends where this matches: {@code \b} as Java's regular expressions decide it, which
     * takes any Unicode letter, digit or combining mark for part of a word.
     */
    private static final Pattern NAME_END = Pattern.compile("\\b");
    /** The character references with names that the index decodes, each followed by its character. */
    private static final String[] NAMED = {"amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " "};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** What a word scores for being in the title, the summary and the facts (a service, tag, severity or year). */
    private static final int TITLE = 16;
    private static final int SUMMARY = 8;
    private static final int FACT = 4;
    /** Occurrences in the text add one each, up to this. */
    private static final int MAX_COUNT = 7;

    private SearchIndex() {
    }

    /** Where one word of a postmortem was found, while the postmortem is cut into words. */
    private static final class Score {
        /** {@link #TITLE}, {@link #SUMMARY} and {@link #FACT}, each counted once: they are distinct bits. */
        int weights;
        int count;

        int total() {
            return weights + Math.min(count, MAX_COUNT);
        }
    }

    /**
     * What the index holds of one postmortem: its words with their scores, {@code words[i]} scoring
     * {@code scores[i]}. The plain text is not kept: the doc file holds it, and at 10,000 postmortems a second copy
     * of every postmortem's text was most of what the index kept alive while the pages were rendered.
     */
    private record Indexed(String[] words, int[] scores) {
    }

    /** The doc file opens with this and the postmortem's number: {@code pmSearch.doc(N,…}. */
    private static final byte[] DOC_CALL = "pmSearch.doc(".getBytes(StandardCharsets.US_ASCII);

    /** {@code search/d/N.js} for postmortem {@code p} as number {@code id}: {@code {"summary":…,"text":…}}. */
    private static byte[] docFile(Postmortem p, String text, int id) {
        String summary = p.summary().orElse("");
        StringBuilder js = new StringBuilder(48 + summary.length() + text.length());
        js.append("pmSearch.doc(").append(id).append(",{\"summary\":");
        Json.string(js, summary);
        js.append(",\"text\":");
        Json.string(js, text);
        js.append("});\n");
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code docFile}, written for another number, as postmortem {@code id}'s: a rebuild that adds or removes a
     * postmortem renumbers those after it, whose text is the same.
     */
    private static byte[] renumbered(byte[] docFile, int id) {
        int comma = DOC_CALL.length;
        while (docFile[comma] != ',') {
            comma++;
        }
        byte[] number = Integer.toString(id).getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[DOC_CALL.length + number.length + docFile.length - comma];
        System.arraycopy(DOC_CALL, 0, file, 0, DOC_CALL.length);
        System.arraycopy(number, 0, file, DOC_CALL.length, number.length);
        System.arraycopy(docFile, comma, file, DOC_CALL.length + number.length, docFile.length - comma);
        return file;
    }

    /** A postmortem's part of the index and its doc file, as number {@code id}. */
    private record Entry(Indexed indexed, int id, byte[] docFile) {
    }

    /**
     * What the last build indexed, by postmortem, so that a rebuild in {@code pm:serve} cuts into words and writes
     * out only the postmortems that changed: at 10,000 postmortems, indexing them all again was most of a rebuild
     * after one edit. The same postmortem object as one indexed before has the same words and text: a rebuild
     * keeps the objects of unchanged postmortems, and looking them up by identity spares hashing every record of
     * the archive in depth on every rebuild.
     */
    static final class Memory {
        private volatile Map<Postmortem, Entry> entries = new IdentityHashMap<>();
        /**
         * The last build's entries by number, its postings (which the next build of an archive of the same size
         * updates where entries changed, instead of merging every postmortem's words again) and its shard files.
         * The postings are changed in place, so one build at a time uses a memory, as pm:serve's rebuilds do.
         */
        private volatile List<Entry> byId = List.of();
        private volatile Map<String, Postings> postings = new HashMap<>();
        private volatile Map<String, byte[]> shardFiles = Map.of();
    }

    /** A word's postings: pairs of postmortem number and score, in archive order. */
    private static final class Postings {
        private int[] pairs = new int[8];
        private int size;

        /** Adds a postmortem numbered after every one already here. */
        void add(int id, int score) {
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = id;
            pairs[size++] = score;
        }

        /** Adds a postmortem where its number goes, for a rebuild that updates the postings in place. */
        void insert(int id, int score) {
            int at = position(id);
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            System.arraycopy(pairs, at, pairs, at + 2, size - at);
            pairs[at] = id;
            pairs[at + 1] = score;
            size += 2;
        }

        /** Takes a postmortem out; it must be here. */
        void remove(int id) {
            int at = position(id);
            System.arraycopy(pairs, at + 2, pairs, at, size - at - 2);
            size -= 2;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Where {@code id} is, or goes: the first pair whose number is not below it. */
        private int position(int id) {
            int low = 0;
            int high = size / 2;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pairs[2 * middle] < id) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return 2 * low;
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
        Map<String, Integer> servicePositions = new HashMap<>(services.size() * 2);
        for (String service : services) {
            servicePositions.put(service, servicePositions.size());
        }
        List<List<Object>> docs = new ArrayList<>();
        Map<String, Postings> postingsByWord = new HashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Postmortem> all = archive.postmortems();
        // Cutting each postmortem into words is independent of the others; the postings are then merged in
        // archive order, so the files are the same whatever the threads did.
        Map<Postmortem, Entry> before = memory.entries;
        // One string for each distinct word of the archive, shared by every postmortem that has it: the same word
        // in 10,000 postmortems was 10,000 strings, kept as long as the index.
        Map<String, String> vocabulary = new ConcurrentHashMap<>();
        List<Entry> entries = java.util.stream.IntStream.range(0, all.size()).parallel().mapToObj(id -> {
            Entry known = before.get(all.get(id));
            if (known != null) {
                return known.id() == id ? known : new Entry(known.indexed(), id, renumbered(known.docFile(), id));
            }
            Postmortem p = all.get(id);
            String text = plainText(p);
            return new Entry(index(p, text, vocabulary), id, docFile(p, text, id));
        }).toList();
        Map<Postmortem, Entry> now = new IdentityHashMap<>(all.size() * 2);
        for (int id = 0; id < all.size(); id++) {
            now.put(all.get(id), entries.get(id));
        }
        memory.entries = now;
        // The shards whose words changed; null when every shard is written afresh.
        Set<String> touched = null;
        List<Entry> previous = memory.byId;
        // Until this build's postings and shards are all in place, the memory holds none: a build that stops
        // half-way (a bug, no memory left) leaves the next one a full merge, not postings updated twice.
        memory.byId = List.of();
        List<Integer> changed = previous.size() != all.size() ? null : java.util.stream.IntStream
                .range(0, all.size()).filter(id -> previous.get(id).indexed() != entries.get(id).indexed()).boxed()
                .toList();
        // Updating in place moves a word's postings once per change: past a few changes a merge is cheaper.
        if (changed != null && !previous.isEmpty() && changed.size() <= Math.max(16, all.size() / 16)) {
            postingsByWord = memory.postings;
            touched = new HashSet<>();
            for (int id : changed) {
                update(postingsByWord, id, previous.get(id).indexed(), entries.get(id).indexed(), touched);
            }
        }
        for (int id = 0; id < all.size(); id++) {
            Postmortem p = all.get(id);
            String severity = p.severity().label();
            if (!severities.contains(severity)) {
                severities.add(severity);
            }
            docs.add(List.of(p.title(), SitePaths.segment(p.slug()), severities.indexOf(severity), year(p),
                    p.services().stream().map(s -> servicePositions.getOrDefault(s, -1)).toList()));
            if (touched == null) {
                Indexed indexed = entries.get(id).indexed();
                for (int i = 0; i < indexed.words().length; i++) {
                    postingsByWord.computeIfAbsent(indexed.words()[i], k -> new Postings())
                            .add(id, indexed.scores()[i]);
                }
            }
            files.put(FOLDER + "d/" + id + ".js", entries.get(id).docFile());
        }
        Map<String, List<String>> shards = new TreeMap<>();
        postingsByWord.keySet().stream().sorted().forEach(word -> shards.computeIfAbsent(shardKey(word),
                k -> new ArrayList<>()).add(word));
        Map<String, byte[]> shardsBefore = memory.shardFiles;
        Map<String, byte[]> shardFiles = new HashMap<>(shards.size() * 2);
        for (Map.Entry<String, List<String>> shard : shards.entrySet()) {
            byte[] unchanged = touched == null || touched.contains(shard.getKey()) ? null
                    : shardsBefore.get(shard.getKey());
            if (unchanged != null) {
                shardFiles.put(shard.getKey(), unchanged);
                files.put(FOLDER + "t-" + shard.getKey() + ".js", unchanged);
                continue;
            }
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
            byte[] file = js.toString().getBytes(StandardCharsets.UTF_8);
            shardFiles.put(shard.getKey(), file);
            files.put(FOLDER + "t-" + shard.getKey() + ".js", file);
        }
        memory.postings = postingsByWord;
        memory.shardFiles = shardFiles;
        memory.byId = entries;
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

    private static Indexed index(Postmortem p, String text, Map<String, String> vocabulary) {
        // One map for all the places a word is found in: the postmortem's words pass through it once.
        Map<String, Score> scores = new HashMap<>(text.length() / 8);
        forEachWord(p.title(), w -> score(scores, w).weights |= TITLE);
        forEachWord(p.summary().orElse(""), w -> score(scores, w).weights |= SUMMARY);
        for (String service : p.services()) {
            forEachWord(service, w -> score(scores, w).weights |= FACT);
        }
        for (String tag : p.tags()) {
            forEachWord(tag, w -> score(scores, w).weights |= FACT);
        }
        forEachWord(p.severity().label(), w -> score(scores, w).weights |= FACT);
        forEachWord(Integer.toString(year(p)), w -> score(scores, w).weights |= FACT);
        forEachWord(text, w -> score(scores, w).count++);
        String[] words = new String[scores.size()];
        int[] wordScores = new int[scores.size()];
        int i = 0;
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            String word = vocabulary.putIfAbsent(e.getKey(), e.getKey());
            words[i] = word == null ? e.getKey() : word;
            wordScores[i++] = e.getValue().total();
        }
        return new Indexed(words, wordScores);
    }

    private static Score score(Map<String, Score> scores, String word) {
        Score score = scores.get(word);
        if (score == null) {
            score = new Score();
            scores.put(word, score);
        }
        return score;
    }

    /** {@code KEY} of the shard holding {@code word}: its first two code points in hexadecimal. */
    static String shardKey(String word) {
        if (word.isEmpty()) {
            return "";
        }
        int first = word.codePointAt(0);
        int second = Character.charCount(first);
        String key = Integer.toHexString(first);
        return second < word.length() ? key + '-' + Integer.toHexString(word.codePointAt(second)) : key;
    }

    /**
     * Moves postmortem {@code id} in the postings from what was indexed at that number to what is indexed there now,
     * noting the shards of every word whose postings change; a word left without postings is dropped, as a full
     * merge would never have added it. A word with the same score as before is left alone, and so is its shard:
     * an edit to a title changes a few words of a postmortem, and at 10,000 postmortems writing again the shard of
     * every word in it (nearly every shard) was half of the search index's share of a rebuild.
     */
    private static void update(Map<String, Postings> postingsByWord, int id, Indexed was, Indexed is,
            Set<String> touched) {
        Map<String, Integer> before = new HashMap<>(was.words().length * 2);
        for (int i = 0; i < was.words().length; i++) {
            before.put(was.words()[i], was.scores()[i]);
        }
        for (int i = 0; i < is.words().length; i++) {
            String word = is.words()[i];
            Integer score = before.remove(word);
            if (score != null && score == is.scores()[i]) {
                continue;
            }
            Postings postings = postingsByWord.computeIfAbsent(word, k -> new Postings());
            if (score != null) {
                postings.remove(id);
            }
            postings.insert(id, is.scores()[i]);
            touched.add(shardKey(word));
        }
        for (String word : before.keySet()) {
            Postings postings = postingsByWord.get(word);
            postings.remove(id);
            if (postings.isEmpty()) {
                postingsByWord.remove(word);
            }
            touched.add(shardKey(word));
        }
    }

    /** The words of {@code text}, as {@code search.js} cuts a query. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, words::add);
        return words;
    }

    /** Gives {@code action} each word of {@code text} in turn, as {@link #words} lists them. */
    private static void forEachWord(String text, Consumer<String> action) {
        if (isAscii(text)) {
            asciiWords(text, action);
            return;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
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
                        action.accept(plain.toString());
                        plain.setLength(0);
                    }
                    int start = i;
                    while (i < points.length && isCjk(points[i])) {
                        i++;
                    }
                    if (i - start == 1) {
                        action.accept(new String(points, start, 1));
                    }
                    for (int j = start; j + 1 < i; j++) {
                        action.accept(new String(points, j, 2));
                    }
                } else {
                    plain.appendCodePoint(points[i++]);
                }
            }
            if (plain.length() > 0) {
                action.accept(plain.toString());
            }
        }
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
     * in English, and the index cuts every word of every postmortem. A word is lower-cased as it is copied out of
     * the text, one string for each, where {@code substring} and then {@code toLowerCase} made two.
     */
    private static void asciiWords(String text, Consumer<String> action) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean upperCase = false;
            while (i < length && isAsciiLetterOrDigit(text.charAt(i))) {
                upperCase |= text.charAt(i) <= 'Z' && text.charAt(i) >= 'A';
                i++;
            }
            if (i > start) {
                action.accept(upperCase ? lowerCase(text, start, i) : text.substring(start, i));
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@code text} from {@code start} to {@code end}, ASCII only, in lower case. */
    private static String lowerCase(String text, int start, int end) {
        byte[] word = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            word[i - start] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(word, StandardCharsets.ISO_8859_1);
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
                appendStripped(text, e.html());
                text.append('\n');
            }
        });
        p.remedy().ifPresent(r -> {
            section(text, r.section());
            for (ActionItem a : r.actions()) {
                appendStripped(text, a.html());
                text.append('\n');
            }
        });
        p.otherSections().forEach(s -> section(text, s));
        text.append(String.join(" ", p.tags()));
        return text.toString().strip();
    }

    private static void section(StringBuilder text, Section s) {
        text.append(s.title()).append('\n');
        appendStripped(text, s.html());
        text.append('\n');
    }

    /** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
    static String strip(String html) {
        StringBuilder text = new StringBuilder(html.length());
        appendStripped(text, html);
        return text.toString();
    }

    /**
     * Appends what {@link #strip} returns, in one pass over {@code html} and without strings in between: the index
     * strips every section of every postmortem, and three regular expressions in turn took about 6% of the CPU of
     * a warm build of 10,000 postmortems. It gives what these steps gave, in this order: each match of {@code <(script|style)\b.*?</\1>}
     * or else {@code <[^>]*>} (ignoring ASCII case) replaced by a space; each of {@code &amp; &lt; &gt; &quot;
     * &apos; &nbsp;}, {@code &#xH;} (1 to 6 hexadecimal digits) and {@code &#D;} (1 to 7 decimal digits) decoded;
     * each run of {@code [ \t\n\x0B\f\r]} made one space; then {@link String#strip}. The steps can be merged
     * because a reference holds no {@code <} and no space, so it never overlaps a tag or the space put for one.
     */
    private static void appendStripped(StringBuilder out, String html) {
        int start = out.length();
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                if (end > 0) {
                    appendStripped(out, start, ' ');
                    i = end;
                    continue;
                }
            } else if (c == '&') {
                int end = appendReference(out, start, html, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (out.length() > start && !isSpace(c)) {
                // Inside the text, characters that are neither markup nor space are copied a run at a time.
                int runEnd = i + 1;
                while (runEnd < length && isPlain(html.charAt(runEnd))) {
                    runEnd++;
                }
                out.append(html, i, runEnd);
                i = runEnd;
                continue;
            }
            appendStripped(out, start, c);
            i++;
        }
        int end = out.length();
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    /**
     * Appends one character of the text begun at {@code start}: a space only when the text so far does not end in
     * one, and nothing {@link String#strip} would take off the front.
     */
    private static void appendStripped(StringBuilder out, int start, char c) {
        boolean empty = out.length() == start;
        if (isSpace(c)) {
            if (!empty && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else if (!empty || !Character.isWhitespace(c)) {
            out.append(c);
        }
    }

    /** Whether {@code c} is white space as {@code \s} means it, without Unicode character classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isPlain(char c) {
        return c != '<' && c != '&' && !isSpace(c);
    }

    /** The end of the tag (or script or style element) opened at {@code at}, or -1 where none is. */
    private static int tagEnd(String html, int at) {
        for (String element : RAW_TEXT_ELEMENTS) {
            int nameEnd = at + 1 + element.length();
            if (startsWithIgnoringAsciiCase(html, at + 1, element) && NAME_END.matcher(html).region(nameEnd,
                    html.length()).useTransparentBounds(true).lookingAt()) {
                int close = closingTag(html, nameEnd, element);
                if (close > 0) {
                    return close;
                }
            }
        }
        int close = html.indexOf('>', at + 1);
        return close < 0 ? -1 : close + 1;
    }

    /** The end of the first {@code </element>} from {@code from}, in any ASCII case, or -1 where none is. */
    private static int closingTag(String html, int from, String element) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 1)) {
            int nameEnd = i + 2 + element.length();
            if (startsWithIgnoringAsciiCase(html, i + 2, element) && nameEnd < html.length()
                    && html.charAt(nameEnd) == '>') {
                return nameEnd + 1;
            }
        }
        return -1;
    }

    /** Whether {@code text} has {@code lowerCase} at {@code at}, each ASCII letter in either case. */
    private static boolean startsWithIgnoringAsciiCase(String text, int at, String lowerCase) {
        if (at + lowerCase.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            // Setting bit 0x20 lower-cases an ASCII capital and changes no other character into a letter.
            if ((text.charAt(at + i) | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends the character the reference at {@code at} names and returns where the reference ends, or returns -1
     * when there is none there, or it names no character, so that it stays as written.
     */
    private static int appendReference(StringBuilder out, int start, String html, int at) {
        // The longest reference the index reads, &#x and six digits or &# and seven, ends at its tenth character.
        int semicolon = at + 1;
        int limit = Math.min(html.length(), at + 10);
        while (semicolon < limit && html.charAt(semicolon) != ';') {
            semicolon++;
        }
        if (semicolon == limit) {
            return -1;
        }
        int codePoint = -1;
        if (html.startsWith("#x", at + 1)) {
            codePoint = number(html, at + 3, semicolon, 16, 6);
        } else if (html.startsWith("#", at + 1)) {
            codePoint = number(html, at + 2, semicolon, 10, 7);
        } else {
            for (int i = 0; i < NAMED.length; i += 2) {
                if (semicolon - at - 1 == NAMED[i].length() && html.startsWith(NAMED[i], at + 1)) {
                    appendStripped(out, start, NAMED[i + 1].charAt(0));
                    return semicolon + 1;
                }
            }
        }
        if (codePoint < 0 || !Character.isValidCodePoint(codePoint)
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return -1;
        }
        if (Character.isBmpCodePoint(codePoint)) {
            appendStripped(out, start, (char) codePoint);
        } else {
            // Neither half of a pair is white space, so the pair goes in as it is.
            out.appendCodePoint(codePoint);
        }
        return semicolon + 1;
    }

    /** The number written in {@code html} from {@code from} to {@code to} in {@code radix}, or -1 if it is not. */
    private static int number(String html, int from, int to, int radix, int maxDigits) {
        if (to == from || to - from > maxDigits) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            // Only ASCII digits: Character.digit would also take other scripts' digits, which the pattern did not.
            int digit = c >= '0' && c <= '9' ? c - '0' : radix == 16 && (c | 0x20) >= 'a' && (c | 0x20) <= 'f'
                    ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value;
    }

    private static byte[] script(String call, Object data) {
        return ("pmSearch." + call + Json.compact(data) + ");\n").getBytes(StandardCharsets.UTF_8);
    }
}
