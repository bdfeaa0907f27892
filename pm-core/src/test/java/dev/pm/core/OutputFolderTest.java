package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.model.Archive;
import dev.pm.core.read.NewPostmortem;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.OutputFolder;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * pm only ever deletes what pm wrote: every refused output folder leaves every file around it as it was, byte
 * for byte, and not even a staging folder appears.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    private Path repository;
    private Path project;
    private Path sources;
    private Path theme;

    @BeforeEach
    void aProjectInARepository() throws IOException {
        repository = dir.resolve("repo");
        project = repository.resolve("incidents");
        sources = project.resolve("src/postmortems");
        theme = project.resolve("src/pm-theme");
        Files.createDirectories(repository.resolve(".git"));
        Files.writeString(repository.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(sources);
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.copy(Fixtures.file("site", "2026-03-12-checkout-outage.md"),
                sources.resolve("2026-03-12-checkout-outage.md"));
        Files.createDirectories(theme.resolve("static"));
        Files.writeString(theme.resolve("static/extra.css"), "body{}\n");
    }

    @Test
    void refusesTheProjectFolder() throws IOException {
        assertRefusedLeavingEverything(project, "is the project folder");
    }

    @Test
    void refusesTheProjectFolderWrittenWithDotDot() throws IOException {
        assertRefusedLeavingEverything(project.resolve("src/../target/.."), "is the project folder");
    }

    @Test
    void refusesALinkToTheProjectFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), project);

        assertRefusedLeavingEverything(link, "is the project folder");
    }

    @Test
    void refusesTheRepositoryRoot() throws IOException {
        assertRefusedLeavingEverything(repository, "is the repository root");
    }

    @Test
    void refusesTheRootOfAWorktreeWhoseGitIsAFile() throws IOException {
        Files.delete(repository.resolve(".git/HEAD"));
        Files.delete(repository.resolve(".git"));
        Files.writeString(repository.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/incidents\n");

        assertRefusedLeavingEverything(repository, "is the repository root");
    }

    @Test
    void refusesAnAncestorOfTheProject() throws IOException {
        assertRefusedLeavingEverything(project.resolve("../.."), "holds the project folder");
    }

    @Test
    void refusesTheSourceFolder() throws IOException {
        assertRefusedLeavingEverything(sources, "is the source folder");
    }

    @Test
    void refusesAFolderHoldingTheSourceFolder() throws IOException {
        assertRefusedLeavingEverything(project.resolve("src"), "holds the source folder");
    }

    @Test
    void refusesAFolderInsideTheSourceFolder() throws IOException {
        assertRefusedLeavingEverything(sources.resolve("site"), "lies inside the source folder");
    }

    @Test
    void refusesTheThemeFolder() throws IOException {
        assertRefusedLeavingEverything(theme, "is the theme folder");
    }

    @Test
    void refusesAFolderInsideTheThemeFolder() throws IOException {
        assertRefusedLeavingEverything(theme.resolve("static"), "lies inside the theme folder");
    }

    @Test
    void refusesAPlainFile() throws IOException {
        Path file = project.resolve("site.html");
        Files.writeString(file, "<p>mine</p>\n");

        assertRefusedLeavingEverything(file, "is a file, not a folder");
    }

    @Test
    void refusesANonEmptyFolderPmDidNotWrite() throws IOException {
        Path docs = project.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("CNAME"), "status.example.com\n");
        Files.writeString(docs.resolve("about.html"), "<h1>About</h1>\n");

        assertRefusedLeavingEverything(docs, "is not empty and pm did not write it (it holds CNAME");
    }

    @Test
    void theRefusalNamesTheParameterThePathAndTheWayOut() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("notes.txt"), "mine\n");

        Path real = docs.toRealPath();

        assertThat(OutputFolder.of(docs).check()).hasValueSatisfying(refusal -> {
            assertThat(refusal.path()).isEqualTo(real);
            assertThat(refusal.message()).contains("outputDirectory (pm.outputDirectory)", real.toString(),
                    "delete the folder yourself, or choose an empty one", "keep (pm.keep)");
        });
    }

    @Test
    void acceptsAMissingFolderAnEmptyOneAndTheDefault() throws IOException {
        Files.createDirectories(project.resolve("empty"));

        for (String output : List.of("target/postmortems", "empty", "../docs")) {
            assertThat(folder(project.resolve(output)).check()).as(output).isEmpty();
        }
    }

    @Test
    void marksItsOutputAndReplacesItOnTheNextBuild() throws IOException {
        Path out = project.resolve("target/postmortems");
        assertThat(publish(out, List.of()).published()).isTrue();
        assertThat(out.resolve(OutputFolder.MARKER)).hasContent("written by pm; pm replaces this folder on every"
                + " build");
        Files.writeString(out.resolve("postmortems/deleted-since.html"), "old page\n");

        assertThat(publish(out, List.of()).published()).isTrue();

        assertThat(out.resolve("postmortems/deleted-since.html")).doesNotExist();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve(OutputFolder.MARKER)).isRegularFile();
        assertNoLeftovers(out);
    }

    @Test
    void recognisesUnmarkedOutputOfAnOlderPmByItsShape() throws IOException {
        Path out = project.resolve("target/postmortems");
        publish(out, List.of());
        Files.delete(out.resolve(OutputFolder.MARKER));

        assertThat(folder(out).check()).isEmpty();
        assertThat(publish(out, List.of()).published()).isTrue();
        assertThat(out.resolve(OutputFolder.MARKER)).isRegularFile();
    }

    @Test
    void refusesUnmarkedOutputHoldingAFilePmWouldNotWrite() throws IOException {
        Path out = project.resolve("target/postmortems");
        publish(out, List.of());
        Files.delete(out.resolve(OutputFolder.MARKER));
        Files.writeString(out.resolve("notes.txt"), "mine\n");

        assertRefusedLeavingEverything(out, "pm did not write it (it holds notes.txt");
    }

    @Test
    void refusesPmLikeFilesWithoutAnIndexPage() throws IOException {
        Path out = Files.createDirectories(project.resolve("site"));
        Files.writeString(out.resolve("search.html"), "<p>search</p>\n");

        assertRefusedLeavingEverything(out, "search.html but no index.html");
    }

    @Test
    void keepsListedFilesByteForByteAcrossBuildsAndAcceptsAFolderHoldingOnlyThemAtFirst() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("CNAME"), "status.example.com\n");
        Files.writeString(docs.resolve("about.html"), "<h1>About us</h1>\n");
        Files.createDirectories(docs.resolve("img"));
        Files.write(docs.resolve("img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});
        Map<String, String> kept = snapshot(docs);
        List<String> keep = List.of("CNAME", "about.html", "img/**");

        assertThat(publish(docs, keep).published()).isTrue();
        assertThat(publish(docs, keep).published()).isTrue();

        Map<String, String> after = snapshot(docs);
        assertThat(after).containsAllEntriesOf(kept).containsKeys("index.html", OutputFolder.MARKER);
        assertNoLeftovers(docs);
    }

    @Test
    void aKeepEntryMatchingAGeneratedPageIsAnErrorNamingBothAndLeavesTheSite() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("CNAME"), "status.example.com\n");
        publish(docs, List.of("CNAME"));
        Map<String, String> before = snapshot(dir);

        assertThatThrownBy(() -> publish(docs, List.of("CNAME", "*.html")))
                .isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("keep (pm.keep) entry '*.html' matches")
                .hasMessageContaining("which pm generates");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aKeepEntryLeavingTheOutputFolderIsRejected() {
        assertThatThrownBy(() -> OutputFolder.of(dir).withKeep(List.of("../pom.xml")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../pom.xml'");
    }

    @Test
    void cleansUpMarkedLeftoversOfAKilledBuild() throws IOException {
        Path out = project.resolve("target/postmortems");
        publish(out, List.of());
        Path staging = project.resolve("target/.postmortems.pm-staging");
        Path previous = project.resolve("target/.postmortems.pm-previous");
        for (Path leftover : List.of(staging, previous)) {
            Files.createDirectories(leftover.resolve("postmortems"));
            Files.writeString(leftover.resolve(OutputFolder.MARKER), "written by pm\n");
            Files.writeString(leftover.resolve("postmortems/half.html"), "half\n");
        }

        assertThat(publish(out, List.of()).published()).isTrue();

        assertNoLeftovers(out);
    }

    @Test
    void restoresThePreviousSiteWhenKilledBetweenTheTwoMoves() throws IOException {
        Path out = project.resolve("target/postmortems");
        publish(out, List.of());
        Path previous = project.resolve("target/.postmortems.pm-previous");
        Files.move(out, previous);
        Map<String, String> lastGood = snapshot(previous);
        Path siteWithBrokenTheme = project.resolve("broken-theme");
        Files.createDirectories(siteWithBrokenTheme.resolve("templates"));
        Files.writeString(siteWithBrokenTheme.resolve("templates/postmortem.ftlh"), "${no.such.value}");

        SiteResult failed = new SiteGenerator(SiteSettings.builder().themeDirectory(siteWithBrokenTheme).build())
                .generate(read(), folder(out), Progress.NONE);

        assertThat(failed.succeeded()).isFalse();
        assertThat(snapshot(out)).isEqualTo(lastGood);
        assertNoLeftovers(out);
    }

    @Test
    void reportsAnUnmarkedLeftoverInsteadOfDeletingIt() throws IOException {
        Path out = project.resolve("target/postmortems");
        Path staging = Files.createDirectories(project.resolve("target/.postmortems.pm-staging"));
        Files.writeString(staging.resolve("mine.txt"), "not pm's\n");

        assertRefusedLeavingEverything(out, ".postmortems.pm-staging is in the way and pm did not write it");
    }

    @Test
    void theGeneratorAloneRefusesAFolderPmDidNotWrite() throws IOException {
        Map<String, String> before = snapshot(dir);

        assertThatThrownBy(() -> new SiteGenerator(SiteSettings.builder().build()).generate(read(), project))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("pm did not write it");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void newRefusesASourceFolderThatIsAFile() throws IOException {
        Path file = project.resolve("notes");
        Files.writeString(file, "my notes\n");
        Map<String, String> before = snapshot(dir);

        assertThatThrownBy(() -> NewPostmortem.create(file, "Checkout outage", java.time.LocalDate.of(2026, 1, 2),
                java.time.ZoneOffset.UTC, "SEV3"))
                .isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("sourceDirectory (pm.sourceDirectory)")
                .hasMessageContaining("is a file, not a folder");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    private OutputFolder folder(Path output) {
        return OutputFolder.of(output).inProject(project, sources).withTheme(Optional.of(theme));
    }

    private SitePublisher.Request request(Path output, List<String> keep) {
        return new SitePublisher.Request(sources, ReaderOptions.defaults(), Optional.empty(),
                SiteSettings.builder().themeDirectory(theme).build(), CheckVerdict.Threshold.ERROR, -1, output,
                project, keep);
    }

    private SitePublisher.Outcome publish(Path output, List<String> keep) throws IOException {
        return new SitePublisher(request(output, keep)).publish();
    }

    private Archive read() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(sources).archive();
    }

    /** Refused by the publisher (before reading) and by the generator, and nothing anywhere changed. */
    private void assertRefusedLeavingEverything(Path output, String reason) throws IOException {
        Map<String, String> before = snapshot(dir);

        assertThatThrownBy(() -> publish(output, List.of())).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining(reason).hasMessageContaining("outputDirectory (pm.outputDirectory)");
        assertThatThrownBy(() -> new SiteGenerator(SiteSettings.builder().themeDirectory(theme).build())
                .generate(read(), folder(output), Progress.NONE)).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining(reason);

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    private static void assertNoLeftovers(Path out) throws IOException {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".pm-staging") || name.endsWith(".pm-previous"));
        }
    }

    /** Every file and folder under {@code root}, with each file's SHA-256. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path entry : all.toList()) {
                String name = root.relativize(entry).toString();
                entries.put(name, Files.isDirectory(entry) ? "folder" : sha256(Files.readAllBytes(entry)));
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
