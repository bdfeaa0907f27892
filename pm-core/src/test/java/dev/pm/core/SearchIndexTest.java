package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.model.Audience;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text search index under {@code search/}: what it holds, what it leaves out, and what it weighs. */
class SearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void aWordOnlyInTheBodyIsIndexedWithItsPostmortem() throws IOException {
        Path out = render(SiteSettings.builder().build(), Fixtures.folder("site"));

        String meta = Files.readString(out.resolve("search/meta.js"));
        assertThat(meta).startsWith("pmSearch.meta(").contains("\"Checkout unavailable for 47 minutes\"");
        // "canary" is in the contributing factors and an action item of the checkout outage, nowhere else.
        String shard = Files.readString(out.resolve("search/t-63-61.js"));
        assertThat(shard).startsWith("pmSearch.shard(\"63-61\",").contains("\"canary\":[");
        // "rollback" is not written; "roll" and "configuration" are, in an action item and the sections.
        assertThat(Files.readString(out.resolve("search/t-72-6f.js"))).contains("\"roll\":[");
        assertThat(Files.readString(out.resolve("search/t-63-6f.js"))).contains("\"configuration\":[");
        assertThat(Files.readString(out.resolve("search.html"))).contains("class=\"search-all\"")
                .contains("href=\"postmortems/2026-03-12-checkout-outage.html\"");
    }

    @Test
    void aPublicBuildIndexesNoInternalSectionNoInternalPostmortemAndNoDraft() throws IOException {
        Path out = render(SiteSettings.builder().includeDrafts(true).build(), Fixtures.folder("site"));

        String index = allOf(out.resolve("search")).toLowerCase(java.util.Locale.ROOT);
        assertThat(index).contains("canary").doesNotContain("secret").doesNotContain("draft")
                .doesNotContain("indexer").doesNotContain("rotation");
        Path internal = render(SiteSettings.builder().audience(Audience.INTERNAL).build(), Fixtures.folder("site"),
                dir.resolve("internal"));
        assertThat(allOf(internal.resolve("search")).toLowerCase(java.util.Locale.ROOT)).contains("secret")
                .contains("rotation");
    }

    /**
     * A reader's first result on an archive of 1,000 postmortems of about 600 words each, drawn from a vocabulary
     * of 6,000 words, needs search.js, meta.js and one shard per word typed: at most 150 KB gzipped, taking the
     * largest shard. Each result's snippet then loads its postmortem's text.
     */
    @Test
    void aReaderDownloadsAtMost150KilobytesGzippedBeforeTheFirstResultOfAThousandPostmortems() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("many"));
        writeCorpus(sources, 1000);
        Path out = render(SiteSettings.builder().build(), sources, dir.resolve("many-site"));

        long script = gzipped(out.resolve("assets/search.js"));
        long meta = gzipped(out.resolve("search/meta.js"));
        List<Path> shards;
        try (Stream<Path> files = Files.list(out.resolve("search"))) {
            shards = files.filter(p -> p.getFileName().toString().startsWith("t-")).toList();
        }
        long largestShard = shards.stream().mapToLong(SearchIndexTest::gzipped).max().orElseThrow();
        long doc = gzipped(out.resolve("search/d/0.js"));
        long total;
        try (Stream<Path> files = Files.walk(out.resolve("search"))) {
            total = files.filter(Files::isRegularFile).mapToLong(SearchIndexTest::gzipped).sum();
        }
        long first = script + meta + largestShard;
        System.out.printf("search on 1000 postmortems, gzip bytes: search.js %d, meta.js %d, largest of %d shards %d,"
                + " one snippet file %d; first result %d; whole index %d%n", script, meta, shards.size(),
                largestShard, doc, first, total);
        assertThat(first).as("gzip bytes before the first result").isLessThanOrEqualTo(150_000);
        assertThat(first + 10 * doc).as("with ten snippets").isLessThanOrEqualTo(200_000);
    }

    /** Postmortems whose bodies draw words from a Zipf-like distribution over a made-up vocabulary. */
    static void writeCorpus(Path folder, int count) throws IOException {
        Random random = new Random(15);
        String[] syllables = {"ka", "lo", "mi", "ra", "ten", "sor", "vel", "dun", "pri", "qua", "zen", "bro",
            "fli", "gar", "hom", "jet", "ne", "ost", "pul", "rim", "sta", "tur", "ux", "wen"};
        List<String> vocabulary = new ArrayList<>();
        while (vocabulary.size() < 6000) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            if (!vocabulary.contains(w.toString())) {
                vocabulary.add(w.toString());
            }
        }
        for (int i = 0; i < count; i++) {
            String day = java.time.LocalDate.of(2016, 1, 1).plusDays(i * 3L).toString();
            String body = "## Regret\n\nWe are sorry. " + sentence(random, vocabulary, 40) + "\n\n## Reason\n\n"
                    + sentence(random, vocabulary, 300) + "\n\n## Remedy\n\n- [ ] " + sentence(random, vocabulary, 12)
                    + " {owner=\"SRE\"}\n- [x] " + sentence(random, vocabulary, 12) + " {owner=\"SRE\"}\n\n## Notes\n\n"
                    + sentence(random, vocabulary, 200) + "\n";
            String front = "---\ntitle: " + cap(sentence(random, vocabulary, 6)) + " " + i + "\ndate: " + day
                    + "\nincident:\n  start: " + day + "T10:00:00Z\n  resolved: " + day + "T11:00:00Z\nseverity: SEV"
                    + (1 + random.nextInt(4)) + "\nservices: [service-" + random.nextInt(30) + "]\ntags: [tag-"
                    + random.nextInt(50) + "]\nsummary: " + cap(sentence(random, vocabulary, 20)) + ".\n---\n";
            Files.writeString(folder.resolve(day + "-incident-" + i + ".md"), front + body);
        }
    }

    private static String sentence(Random random, List<String> vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Zipf-like: small positions far more often.
            int at = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(),
                    random.nextDouble())) - 1);
            s.append(i == 0 ? "" : " ").append(vocabulary.get(Math.max(0, at)));
        }
        return s.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Path render(SiteSettings settings, Path sources) throws IOException {
        return render(settings, sources, dir.resolve("site"));
    }

    static Path render(SiteSettings settings, Path sources, Path out) throws IOException {
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(sources);
        assertThat(read.diagnostics()).isEmpty();
        new SiteGenerator(settings).generate(read.archive(), out);
        return out;
    }

    private static String allOf(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(p)).append('\n');
            }
        }
        return text.toString();
    }

    static long gzipped(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
