package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.check.CheckVerdict;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.IncrementalPublisher;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page bundle ({@code <folder>/index.md} with its files) next to a plain postmortem: the files are published
 * byte for byte beside the page, relative links and images (inline or reference-style) point at them, a link to
 * the other postmortem's {@code .md} goes to its page, feeds carry absolute URLs, and a missing file and an SVG
 * that runs script, linked or not, are warnings (the SVG is not published). The page's {@code <main>} matches
 * {@code golden-bundles} (regenerate with {@code -Dpm.golden.update=true} and review). An {@code index.md} in the
 * source folder itself is no bundle.
 */
class PageBundleTest {

    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("pm.golden.update");
    private static final String BASE = "https://status.example.com";
    private static final String SLUG = "2025-05-20-chart-bundle";

    @TempDir
    Path dir;

    private static ReadResult read() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("bundles"));
    }

    private Path generate() throws IOException {
        Path out = dir.resolve("site");
        SiteResult result = new SiteGenerator(SiteGeneratorTest.settings().baseUrl(BASE).build())
                .generate(read().archive(), out);
        assertThat(result.problems()).isEmpty();
        return out;
    }

    /** Writes a small published postmortem whose Reason is {@code reason}. */
    static Path write(Path file, String title, String reason) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, """
                ---
                title: %s
                date: 2025-06-02
                incident:
                  start: 2025-06-01T10:00:00Z
                  resolved: 2025-06-01T10:20:00Z
                severity: SEV4
                ---

                ## Regret

                We are sorry that the page was slow.

                ## Reason

                %s

                ## Remedy

                - [x] Restart the cache {owner="Web team" done=2025-06-01}
                """.formatted(title, reason));
    }

    @Test
    void theBundleTakesItsSlugFromItsFolder() throws IOException {
        assertThat(read().archive().postmortems()).extracting(p -> p.slug())
                .containsExactlyInAnyOrder(SLUG, "2025-05-01-sibling");
    }

    @Test
    void aSymbolicLinkInABundleToAFileOutsideItIsNeverPublished() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE-THE-BUNDLE");
        Path bundle = dir.resolve("postmortems/2025-06-02-slow");
        write(bundle.resolve("index.md"), "Slow pages", "See [the notes](linked.txt).");
        Files.createSymbolicLink(bundle.resolve("linked.txt"), secret);
        Files.createSymbolicLink(bundle.resolve("unlinked.txt"), secret);
        Files.writeString(bundle.resolve("chart.txt"), "a file of the bundle");

        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(dir.resolve("postmortems"));
        Path out = dir.resolve("site");
        new SiteGenerator(SiteGeneratorTest.settings().build()).generate(read.archive(), out);

        assertThat(read.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.rule())
                .containsExactlyInAnyOrder("1:1 file-outside", "16:5 file-outside");
        assertThat(read.diagnostics()).allSatisfy(d -> assertThat(d.message()).contains("symbolic link"));
        assertThat(out.resolve("postmortems/2025-06-02-slow/chart.txt")).exists();
        try (var all = Files.walk(out)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("SECRET-OUTSIDE-THE-BUNDLE");
            }
        }
        // The link keeps its words, as any link to a file outside the folder does; the file stays unpublished.
        assertThat(Files.readString(out.resolve("postmortems/2025-06-02-slow.html"))).contains(">the notes</a>.");
        assertThat(out.resolve("postmortems/2025-06-02-slow/linked.txt")).doesNotExist();
        assertThat(out.resolve("postmortems/2025-06-02-slow/unlinked.txt")).doesNotExist();
    }

    @Test
    void anIndexFileInTheSourceFolderIsAnOrdinaryPostmortemAndTheFolderNoBundle() throws IOException {
        Path source = dir.resolve("postmortems");
        write(source.resolve("index.md"), "Slow pages", "The figures are in [our notes](notes.txt).");
        write(source.resolve("2025-05-01-other.md"), "Other", "Another incident.");
        Files.writeString(source.resolve("notes.txt"), "linked from index.md");
        Files.writeString(source.resolve("unlinked.txt"), "in the source folder, linked from nowhere");
        Files.createDirectories(source.resolve("team"));
        Files.writeString(source.resolve("team/roster.txt"), "in a sub-folder, linked from nowhere");

        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(source);
        Path out = dir.resolve("site");
        SiteResult site = new SiteGenerator(SiteGeneratorTest.settings().build()).generate(read.archive(), out);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(site.problems()).isEmpty();
        assertThat(read.archive().postmortems()).extracting(p -> p.slug())
                .containsExactlyInAnyOrder("index", "2025-05-01-other");
        assertThat(read.archive().find("index").orElseThrow().bundle().files()).containsOnlyKeys("notes.txt");
        assertThat(out.resolve("postmortems/index.html")).exists();
        assertThat(out.resolve("postmortems/index/notes.txt")).hasContent("linked from index.md");
        try (var all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("unlinked.txt", "roster.txt",
                    "2025-05-01-other.md");
        }
    }

    @Test
    void aPreviewReadsAnIndexFileInTheSourceFolderAsAFullBuildDoes() throws IOException {
        Path source = dir.resolve("postmortems");
        write(source.resolve("index.md"), "Slow pages", "No links.");
        Files.writeString(source.resolve("unlinked.txt"), "linked from nowhere");
        SitePublisher.Request request = new SitePublisher.Request(source, ReaderOptions.defaults(), Optional.empty(),
                SiteGeneratorTest.settings().build(), CheckVerdict.Threshold.ERROR, -1, dir.resolve("serve"), dir,
                List.of());

        SitePublisher.Outcome outcome = new IncrementalPublisher(request).publish();

        assertThat(outcome.published()).isTrue();
        assertThat(outcome.read().archive().postmortems()).extracting(p -> p.slug()).containsExactly("index");
        assertThat(dir.resolve("serve/postmortems/index/unlinked.txt")).doesNotExist();
    }

    @Test
    void aMissingFileAndAnUnsafeSvgAreWarningsAtTheirPositions() throws IOException {
        Path page = Fixtures.file("bundles", SLUG + "/index.md");
        List<String> warnings = read().diagnostics().stream()
                .map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.rule() + " "
                        + d.level())
                .toList();

        assertThat(read().diagnostics()).allMatch(d -> d.file().equals(page));
        assertThat(warnings).containsExactly(
                "index.md:1:1 unsafe-svg WARNING",
                "index.md:25:1 unsafe-svg WARNING",
                "index.md:27:30 missing-file WARNING",
                "index.md:37:1 missing-file WARNING",
                "index.md:38:1 unsafe-svg WARNING");
        assertThat(read().diagnostics().get(0).message()).contains("data/diagram.svg", "a <script> element",
                "not published");
        assertThat(read().diagnostics().get(1).message()).contains("unsafe.svg", "event attribute");
        assertThat(read().diagnostics().get(2).message()).contains("missing.png", "does not exist");
        assertThat(read().diagnostics().get(3).message()).contains("[lost]", "lost.png", "does not exist");
        assertThat(read().diagnostics().get(4).message()).contains("[script]", "unsafe.svg", "event attribute");
    }

    @Test
    void aReferenceStyleLinkPublishesTheFileItsDefinitionNamesAsAnInlineOneDoes() throws IOException {
        Path out = generate();
        Path csv = Path.of("postmortems/2025-05-01-sibling/2025-05-01-queue-depth.csv");
        String page = Files.readString(out.resolve("postmortems/2025-05-01-sibling.html"));

        assertThat(out.resolve(csv)).hasSameBinaryContentAs(Fixtures.file("bundles", "2025-05-01-queue-depth.csv"));
        assertThat(page).contains("<a href=\"2025-05-01-sibling/2025-05-01-queue-depth.csv\">queue depth</a>");
    }

    @Test
    void theBundleFilesArePublishedByteForByteBesideThePage() throws IOException {
        Path out = generate();
        Path source = Fixtures.folder("bundles").resolve(SLUG);
        Path published = out.resolve("postmortems").resolve(SLUG);

        for (String file : List.of("chart.svg", "notes.txt", "data/errors by minute.csv")) {
            assertThat(published.resolve(file)).as(file).exists();
            assertThat(Files.readAllBytes(published.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(source.resolve(file)));
        }
        assertThat(published.resolve("unsafe.svg")).doesNotExist();
        assertThat(published.resolve("data/diagram.svg")).doesNotExist();
        assertThat(published.resolve("index.md")).doesNotExist();
        try (var all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("unsafe.svg", "diagram.svg",
                    "missing.png");
        }
    }

    @Test
    void thePageMatchesItsGoldenFile() throws IOException {
        Path out = generate();
        String text = Files.readString(out.resolve("postmortems/" + SLUG + ".html"));
        String main = text.substring(text.indexOf("<main"), text.indexOf("</main>") + "</main>".length()) + "\n";
        Path golden = Path.of("src/test/resources/dev/pm/core/golden-bundles/" + SLUG + ".html");
        if (UPDATE_GOLDEN) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, main);
        }

        assertThat(main).isEqualTo(Files.readString(golden));
        assertThat(main).contains("src=\"" + SLUG + "/chart.svg\"", "href=\"" + SLUG + "/notes.txt\"",
                "href=\"" + SLUG + "/data/errors%20by%20minute.csv\"", "href=\"2025-05-01-sibling.html#reason\"",
                "A picture that runs script", "href=\"missing.png\"",
                "<a href=\"" + SLUG + "/notes.txt\">the notes again</a>",
                "<img src=\"" + SLUG + "/chart.svg\" alt=\"the chart again\" title=\"Error rate\"",
                "<a href=\"2025-05-01-sibling.html#regret\">the broker restart again</a>",
                "<a href=\"lost.png\">a lost file</a>", "<p>the script again</p>");
        assertThat(main).doesNotContain("unsafe.svg", "pm-local:", ".md\"", ".md#", "nowhere.png");
    }

    @Test
    void feedsCarryAbsoluteUrls() throws IOException {
        Path out = generate();
        for (String feed : List.of("feed.xml", "atom.xml", "feed.json")) {
            String text = Files.readString(out.resolve(feed), StandardCharsets.UTF_8);
            assertThat(text).as(feed).contains(BASE + "/postmortems/" + SLUG + "/chart.svg",
                    BASE + "/postmortems/" + SLUG + "/notes.txt", BASE + "/postmortems/2025-05-01-sibling.html#reason",
                    BASE + "/postmortems/2025-05-01-sibling.html#regret",
                    BASE + "/postmortems/2025-05-01-sibling/2025-05-01-queue-depth.csv")
                    .doesNotContain("pm-local:", "unsafe.svg");
        }
    }
}
