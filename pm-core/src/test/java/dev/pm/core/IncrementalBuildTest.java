package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.model.Audience;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.IncrementalPublisher;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental rebuild gives, byte for byte, the site a full build of the same sources gives, across edits,
 * additions, deletions, renames, an error and its fix.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private Path sources;
    private IncrementalPublisher incremental;
    private int fullBuilds;

    @BeforeEach
    void setUp() throws IOException {
        sources = Files.createDirectories(dir.resolve("src"));
        try (Stream<Path> files = Files.list(Fixtures.folder("site"))) {
            for (Path file : files.toList()) {
                Files.copy(file, sources.resolve(file.getFileName()));
            }
        }
        incremental = new IncrementalPublisher(request(dir.resolve("serve")));
    }

    private SitePublisher.Request request(Path output) {
        return new SitePublisher.Request(sources, ReaderOptions.defaults(), Optional.of(CheckSettings.defaults()),
                SiteSettings.builder().themeDirectory(dir.resolve("no-theme")).includeDrafts(true)
                        .audience(Audience.INTERNAL).baseUrl("https://example.com/pm").pageSize(2).build(),
                CheckVerdict.Threshold.ERROR, -1, output, dir, List.of());
    }

    /** Rebuilds incrementally and compares the result with a fresh full build, file by file. */
    private IncrementalPublisher.Stats rebuildAndCompare() throws IOException {
        SitePublisher.Outcome outcome = incremental.publish();
        assertThat(outcome.published()).as("%s", outcome.read().diagnostics()).isTrue();
        Path full = dir.resolve("full-" + ++fullBuilds);
        assertThat(new SitePublisher(request(full)).publish().published()).isTrue();
        Map<String, String> expected = snapshot(full);
        Map<String, String> actual = snapshot(dir.resolve("serve"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(actual).isEqualTo(expected);
        return incremental.lastBuild();
    }

    /** Every file and folder below {@code root}, a file as the digest of its bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root)).forEach(path -> {
                String name = root.relativize(path).toString().replace('\\', '/');
                try {
                    files.put(name, Files.isDirectory(path) ? "folder" : HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return files;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = sources.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aWarmUpSaysWhetherASourceChangedSinceTheLastBuildAndTakesAChangeIn() throws IOException {
        rebuildAndCompare();

        assertThat(incremental.warmUp()).as("nothing changed").isEmpty();
        assertThat(incremental.lastBuild().site().written()).isZero();

        edit("2026-03-12-checkout-outage.md", "title: Checkout unavailable for 47 minutes",
                "title: Checkout unavailable for 48 minutes");
        assertThat(incremental.warmUp()).as("a title changed").hasValueSatisfying(outcome -> assertThat(
                outcome.published()).isTrue());
        assertThat(incremental.lastBuild().parsed()).isEqualTo(1);
        assertThat(rebuildAndCompare().site().written()).as("the warm-up took the change in").isZero();

        Files.delete(sources.resolve("2024-06-30-dns.md"));
        assertThat(incremental.warmUp()).as("a postmortem deleted").isPresent();
        assertThat(incremental.warmUp()).as("and nothing since").isEmpty();

        Files.writeString(sources.resolve("2026-03-12-checkout-outage.md"), "---\ntitle: broken\n---\n");
        assertThat(incremental.warmUp()).as("a source broken").hasValueSatisfying(outcome -> assertThat(
                outcome.published()).isFalse());
        assertThat(incremental.warmUp()).as("still broken, but as at the last build").isEmpty();
    }

    @Test
    void everyRebuildEqualsAFullBuild() throws IOException {
        assertThat(rebuildAndCompare().site().full()).isTrue();

        IncrementalPublisher.Stats nothing = rebuildAndCompare();
        assertThat(nothing.parsed()).isZero();
        assertThat(nothing.site().full()).isFalse();
        assertThat(nothing.site().written()).isZero();

        edit("2026-03-12-checkout-outage.md", "title: Checkout unavailable for 47 minutes",
                "title: Checkout <unavailable> for 48 minutes");
        IncrementalPublisher.Stats title = rebuildAndCompare();
        assertThat(title.parsed()).isEqualTo(1);
        assertThat(title.site().written()).isPositive();
        assertThat(title.site().skipped()).as("pages that do not show the title are not rendered").isPositive();

        // Same size, same second: only the digest tells the change.
        edit("2025-11-02-payments-latency.md", "title: Payments latency doubled", "title: Payments latency tripled");
        rebuildAndCompare();

        // The words of a postmortem in the feeds: its feed items change, which the rebuild must render again.
        edit("2025-11-02-payments-latency.md", "took twice as long as usual", "took three times as long as usual");
        rebuildAndCompare();

        Files.writeString(sources.resolve("2026-05-01-new-one.md"), Files.readString(
                sources.resolve("2024-06-30-dns.md")).replace("title: Some customers", "title: Again, some customers")
                .replace("2024-", "2026-").replace("services: [", "services: [brand-new-service, "));
        rebuildAndCompare();

        edit("2026-03-12-checkout-outage.md", "tags: [database, deploy]", "tags: [deploy, only-here]");
        rebuildAndCompare();

        // The remedy tracker's owner groups, kept across rebuilds: one loses its last open action to another
        // owner, then an action is done.
        edit("2024-06-30-dns.md", "- [ ] Validate zone files before publishing {owner=\"Network team\"",
                "- [ ] Validate zone files before publishing {owner=\"SRE\"");
        rebuildAndCompare();
        edit("2025-11-02-payments-latency.md", "- [ ] Alert on cache memory {owner=\"SRE\" due=2025-12-01",
                "- [x] Alert on cache memory {owner=\"SRE\" done=2025-11-20 due=2025-12-01");
        rebuildAndCompare();

        Files.move(sources.resolve("2026-05-01-new-one.md"), Files.createDirectories(sources.resolve("2026"))
                .resolve("2026-05-02-renamed.md"));
        rebuildAndCompare();

        Files.delete(sources.resolve("2026-03-12-checkout-outage.md"));
        IncrementalPublisher.Stats deleted = rebuildAndCompare();
        assertThat(deleted.site().deleted()).isPositive();

        Files.writeString(sources.resolve("2024-06-30-dns.md"), "---\ntitle: broken\n---\nno sections\n");
        assertThat(incremental.publish().published()).isFalse();
        edit("2024-06-30-dns.md", "title: broken", "title: broken, still");
        assertThat(incremental.publish().published()).isFalse();
        Files.copy(Fixtures.file("site", "2024-06-30-dns.md"), sources.resolve("2024-06-30-dns.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        rebuildAndCompare();

        edit("2026-02-10-draft.md", "title: Draft about", "title: Still a draft about");
        rebuildAndCompare();

        edit("2024-06-30-dns.md", "date: 2024-07-01", "date: 2024-07-01\nstatus: draft");
        rebuildAndCompare();

        // A theme's words change what every page says, including the page data a rebuild would take again.
        Files.writeString(Files.createDirectories(dir.resolve("no-theme")).resolve("messages.properties"),
                "duration.minutes={0} minutes\n");
        IncrementalPublisher.Stats theme = rebuildAndCompare();
        assertThat(theme.site().full()).isTrue();
        assertThat(Files.readString(dir.resolve("serve/index.html"))).contains(" minutes");
    }
}
