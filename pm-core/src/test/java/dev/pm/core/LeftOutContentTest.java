package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.check.CheckVerdict;
import dev.pm.core.model.Audience;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build leaves out (internal sections and internal postmortems in a public build, drafts unless asked for)
 * takes with it the files only it links to: a public build never publishes a file that only internal content
 * points at, nor names it in a page, a feed or the search index. A bundle file that nothing links to is
 * published as before.
 */
class LeftOutContentTest {

    private static final String BASE = "https://status.example.com";
    private static final String BUNDLE = "2025-06-01-cache";

    @TempDir
    Path dir;

    private Path source;

    @BeforeEach
    void writeSources() throws IOException {
        source = dir.resolve("postmortems");
        Path bundle = source.resolve(BUNDLE);
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("index.md"), """
                ---
                title: Stale pages after a cache flush
                date: 2025-06-02
                incident:
                  start: 2025-06-01T10:00:00Z
                  resolved: 2025-06-01T10:20:00Z
                severity: SEV4
                ---

                ## Regret

                We are sorry that some pages were out of date for twenty minutes.

                ## Reason

                ### Summary

                A cache flush raced a deploy: ![hit rate](hit-rate.png)
                Earlier notes: [the draft notes](draft-notes.md#reason) and [the internal notes][notes].

                ### Responder notes {.internal}

                The on-call view: ![pager dashboard](pager-dashboard.png), and again [as a link][dashboard].
                Both sections show [the shared chart](shared.png). The notes: [internal](internal-notes.md).

                [dashboard]: pager-dashboard.png
                [notes]: internal-notes.md

                ## Remedy

                - [x] Flush the cache again {owner="Web team" done=2025-06-01} ![also public](shared.png)
                """);
        for (String file : List.of("hit-rate.png", "pager-dashboard.png", "shared.png", "readme.txt",
                "draft-only.png", "internal-only.png")) {
            Files.writeString(bundle.resolve(file), "bytes of " + file);
        }
        // Two more postmortems share the bundle's folder: a draft and an internal one, each linking to a file
        // of that folder that no other content links to.
        write(bundle.resolve("draft-notes.md"), "status: draft", "The draft's picture: ![draft](draft-only.png)");
        write(bundle.resolve("internal-notes.md"), "visibility: internal",
                "The internal picture: ![internal](internal-only.png)");
    }

    private static void write(Path file, String field, String reason) throws IOException {
        Files.writeString(file, """
                ---
                title: %s
                date: 2025-06-03
                incident:
                  start: 2025-06-01T10:00:00Z
                  resolved: 2025-06-01T10:20:00Z
                severity: SEV5
                %s
                ---

                ## Regret

                We are sorry.

                ## Reason

                %s

                ## Remedy

                - [x] Nothing more {owner="Web team" done=2025-06-01}
                """.formatted(file.getFileName(), field, reason));
    }

    private Path build(String name, Audience audience, boolean drafts) throws IOException {
        SiteResult result = generate(name, audience, drafts);
        assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
        return result.output();
    }

    private SiteResult generate(String name, Audience audience, boolean drafts) throws IOException {
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(source);
        assertThat(read.diagnostics()).isEmpty();
        return new SiteGenerator(SiteGeneratorTest.settings().baseUrl(BASE).audience(audience)
                .includeDrafts(drafts).build()).generate(read.archive(), dir.resolve(name));
    }

    /** Each site diagnostic as {@code file:line:col rule}. */
    private static List<String> warnings(SiteResult result) {
        return result.problems().stream().map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " "
                + d.rule() + " " + d.level()).toList();
    }

    private String page(Path out) throws IOException {
        return Files.readString(out.resolve("postmortems").resolve(BUNDLE + ".html"));
    }

    private static String everyTextFile(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void aPublicBuildPublishesNoFileThatOnlyAnInternalSectionLinksTo() throws IOException {
        Path out = build("public", Audience.PUBLIC, false);
        Path files = out.resolve("postmortems").resolve(BUNDLE);

        assertThat(files.resolve("hit-rate.png")).hasContent("bytes of hit-rate.png");
        assertThat(files.resolve("shared.png")).exists();
        assertThat(files.resolve("pager-dashboard.png")).doesNotExist();
    }

    @Test
    void aPublicBuildNamesTheWithheldFileInNoPageFeedOrSearchFile() throws IOException {
        Path out = build("public", Audience.PUBLIC, false);

        assertThat(out.resolve("feed.xml")).exists();
        assertThat(out.resolve("search")).isDirectory();
        assertThat(everyTextFile(out)).contains("hit-rate.png", "hit rate")
                .doesNotContain("pager-dashboard", "pager dashboard", "draft-only", "internal-only");
    }

    @Test
    void aPublicBuildPublishesNoFileThatOnlyADraftOrAnInternalPostmortemLinksTo() throws IOException {
        Path files = build("public", Audience.PUBLIC, false).resolve("postmortems").resolve(BUNDLE);

        assertThat(files.resolve("draft-only.png")).doesNotExist();
        assertThat(files.resolve("internal-only.png")).doesNotExist();
    }

    @Test
    void aPlainFileInAPublicBuildPublishesNoFileThatOnlyItsInternalSectionLinksTo() throws IOException {
        Path plain = dir.resolve("plain");
        PageBundleTest.write(plain.resolve("2025-06-04-plain.md"), "Plain", """
                The error graph: ![errors](errors.png)

                ### Notes {.internal}

                The pager log: [log](pager-log.txt)""");
        Files.writeString(plain.resolve("errors.png"), "public");
        Files.writeString(plain.resolve("pager-log.txt"), "internal");
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(plain);

        for (Audience audience : Audience.values()) {
            Path out = dir.resolve("site-" + audience);
            new SiteGenerator(SiteGeneratorTest.settings().audience(audience).build()).generate(read.archive(), out);
            Path files = out.resolve("postmortems/2025-06-04-plain");

            assertThat(files.resolve("errors.png")).as("%s", audience).exists();
            assertThat(files.resolve("pager-log.txt")).as("%s", audience).matches(f -> Files.exists(f)
                    == (audience == Audience.INTERNAL));
        }
    }

    @Test
    void aBundleFileThatNothingLinksToIsPublishedAsBefore() throws IOException {
        Path files = build("public", Audience.PUBLIC, false).resolve("postmortems").resolve(BUNDLE);

        assertThat(files.resolve("readme.txt")).hasContent("bytes of readme.txt");
    }

    @Test
    void anInternalBuildPublishesWhatInternalContentLinksToButNotWhatOnlyADraftDoes() throws IOException {
        Path files = build("internal", Audience.INTERNAL, false).resolve("postmortems").resolve(BUNDLE);

        assertThat(files.resolve("hit-rate.png")).exists();
        assertThat(files.resolve("pager-dashboard.png")).hasContent("bytes of pager-dashboard.png");
        assertThat(files.resolve("internal-only.png")).exists();
        assertThat(files.resolve("draft-only.png")).doesNotExist();
    }

    @Test
    void anInternalBuildWithDraftsPublishesEveryFile() throws IOException {
        Path out = build("everything", Audience.INTERNAL, true);
        Path files = out.resolve("postmortems").resolve(BUNDLE);

        for (String file : List.of("hit-rate.png", "pager-dashboard.png", "shared.png", "readme.txt",
                "draft-only.png", "internal-only.png")) {
            assertThat(files.resolve(file)).as(file).exists();
        }
        assertThat(Files.readString(out.resolve("postmortems").resolve(BUNDLE + ".html")))
                .contains("src=\"" + BUNDLE + "/pager-dashboard.png\"", "href=\"" + BUNDLE + "/pager-dashboard.png\"");
    }

    @Test
    void aLinkToAPostmortemTheBuildLeavesOutIsAWarningWhereItsUrlIsWritten() throws IOException {
        SiteResult result = generate("public", Audience.PUBLIC, false);

        assertThat(warnings(result)).containsExactly(
                "index.md:19:16 unpublished-link WARNING",
                "index.md:27:1 unpublished-link WARNING");
        assertThat(result.problems().get(0).message()).contains("draft-notes.md#reason", "the draft",
                "draft-notes.md", "a build without drafts leaves out", "status: published");
        assertThat(result.problems().get(1).message()).contains("internal-notes.md", "the internal postmortem",
                "a public build leaves out", "visibility: public", "{.internal}");
    }

    private SitePublisher.Request request(String name, CheckVerdict.Threshold failOn) {
        return new SitePublisher.Request(source, ReaderOptions.defaults(), Optional.empty(),
                SiteGeneratorTest.settings().baseUrl(BASE).build(), failOn, -1, dir.resolve(name), dir, List.of());
    }

    private SitePublisher.Outcome publish(String name, CheckVerdict.Threshold failOn) throws IOException {
        return new SitePublisher(request(name, failOn)).publish();
    }

    @Test
    void thePreviewJudgesALinkToAPostmortemItLeavesOutAsPmSiteDoes() throws IOException {
        SitePublisher.Outcome strict = new IncrementalPublisher(request("strict", CheckVerdict.Threshold.WARNING))
                .publish();
        SitePublisher.Outcome lenient = new IncrementalPublisher(request("lenient", CheckVerdict.Threshold.ERROR))
                .publish();

        assertThat(strict.published()).isFalse();
        assertThat(strict.read().diagnostics()).extracting(Diagnostic::rule)
                .containsExactly("unpublished-link", "unpublished-link");
        assertThat(lenient.published()).isTrue();
        assertThat(lenient.read().diagnostics()).extracting(Diagnostic::rule)
                .containsExactly("unpublished-link", "unpublished-link");
        assertThat(lenient.site().orElseThrow().problems()).isEmpty();
    }

    @Test
    void failOnWarningCountsALinkToAPostmortemTheBuildLeavesOutAndPublishesNothing() throws IOException {
        SitePublisher.Outcome outcome = publish("strict", CheckVerdict.Threshold.WARNING);

        assertThat(outcome.published()).isFalse();
        assertThat(outcome.verdict().failed()).isTrue();
        assertThat(outcome.read().diagnostics()).extracting(Diagnostic::rule)
                .containsExactly("unpublished-link", "unpublished-link");
        assertThat(dir.resolve("strict")).doesNotExist();
    }

    @Test
    void aPublishedBuildReportsALinkToAPostmortemItLeavesOutOnceWithTheFindings() throws IOException {
        SitePublisher.Outcome outcome = publish("lenient", CheckVerdict.Threshold.ERROR);

        assertThat(outcome.published()).isTrue();
        assertThat(outcome.read().diagnostics()).extracting(Diagnostic::rule)
                .containsExactly("unpublished-link", "unpublished-link");
        assertThat(outcome.verdict().summary()).contains("2 warnings");
        assertThat(outcome.site().orElseThrow().problems()).isEmpty();
    }

    @Test
    void aLinkToAPostmortemTheBuildLeavesOutIsShownAsItsWordsInPagesAndFeeds() throws IOException {
        Path out = build("public", Audience.PUBLIC, false);

        assertThat(page(out)).contains("Earlier notes: the draft notes and the internal notes.");
        for (String file : List.of("postmortems/" + BUNDLE + ".html", "feed.xml", "atom.xml", "feed.json")) {
            assertThat(Files.readString(out.resolve(file))).as(file)
                    .doesNotContain("draft-notes.md", "internal-notes.md", "pm-local:");
        }
    }

    @Test
    void aLinkInContentTheBuildLeavesOutIsNotReported() throws IOException {
        SiteResult internal = generate("internal", Audience.INTERNAL, false);

        assertThat(warnings(internal)).containsExactly("index.md:19:16 unpublished-link WARNING");
        assertThat(page(internal.output())).contains("<a href=\"internal-notes.html\">the internal notes</a>",
                "<a href=\"internal-notes.html\">internal</a>", "Earlier notes: the draft notes and");
    }

    @Test
    void aLinkToAPostmortemTheBuildPublishesGoesToItsPage() throws IOException {
        SiteResult everything = generate("everything", Audience.INTERNAL, true);

        assertThat(everything.problems()).isEmpty();
        assertThat(page(everything.output())).contains(
                "<a href=\"draft-notes.html#reason\">the draft notes</a>",
                "<a href=\"internal-notes.html\">the internal notes</a>");
    }

    @Test
    void aLinkToAMarkdownFileThatIsNoPostmortemOfTheArchiveIsAWarningToo() throws IOException {
        Path other = dir.resolve("other");
        Files.writeString(dir.resolve("elsewhere.md"), "# Not in the source folder\n");
        Files.createDirectories(other);
        Files.writeString(other.resolve("broken.md"), "no front matter here\n");
        PageBundleTest.write(other.resolve("2025-06-05-links.md"), "Links",
                "See [the broken one](broken.md) and [one outside](../elsewhere.md).");
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(other);

        SiteResult result = new SiteGenerator(SiteGeneratorTest.settings().build()).generate(read.archive(),
                dir.resolve("site"));

        assertThat(result.succeeded()).isTrue();
        assertThat(warnings(result)).containsExactly(
                "2025-06-05-links.md:16:5 unpublished-link WARNING",
                "2025-06-05-links.md:16:37 unpublished-link WARNING");
        assertThat(result.problems()).allSatisfy(d -> assertThat(d.message()).contains("no postmortem of this"
                + " archive"));
        assertThat(Files.readString(dir.resolve("site/postmortems/2025-06-05-links.html")))
                .contains("See the broken one and one outside.");
    }
}
