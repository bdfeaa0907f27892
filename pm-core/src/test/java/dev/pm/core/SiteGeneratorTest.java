package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.OutputFolder;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {

    /** Set {@code -Dpm.golden.update=true} to rewrite the golden files after an intended change. */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("pm.golden.update");
    /** The golden file of the page frame; its name cannot clash with a page, which all end in {@code .html}. */
    private static final String FRAME = "frame.html.golden";
    private static final String ELIDED = "<!-- each page's main element: see its own golden file -->";
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#?]*)[^\"]*\"");

    @TempDir
    Path dir;

    @Test
    void everyPageTypeMatchesItsGoldenFile() throws IOException {
        Path out = render(settings().baseUrl("https://status.example.com/postmortems").build());

        Path golden = Path.of("src/test/resources/dev/pm/core/golden");
        Map<String, String> actual = files(out);
        assertThat(actual.get("assets/pm.css")).isEqualTo(resource("/dev/pm/theme/static/assets/pm.css"));
        assertThat(actual.get("favicon.svg")).isEqualTo(resource("/dev/pm/theme/static/favicon.svg"));
        assertThat(actual.get("assets/search.js")).isEqualTo(resource("/dev/pm/theme/static/assets/search.js"));
        assertThat(actual.get(OutputFolder.MARKER)).isEqualTo("written by pm; pm replaces this folder on every"
                + " build\n");
        actual.keySet().removeAll(List.of("assets/pm.css", "favicon.svg", "assets/search.js", OutputFolder.MARKER));
        Map<String, String> compared = goldenView(actual);
        if (UPDATE_GOLDEN) {
            deleteTree(golden);
            for (Map.Entry<String, String> e : compared.entrySet()) {
                Files.createDirectories(golden.resolve(e.getKey()).getParent());
                Files.writeString(golden.resolve(e.getKey()), e.getValue());
            }
        }
        Map<String, String> expected = files(golden);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(compared.keySet()).as("golden files").containsExactlyElementsOf(expected.keySet());
        compared.forEach((file, text) -> softly.assertThat(text).as(file).isEqualTo(expected.get(file)));
        softly.assertAll();
        assertThat(actual.keySet()).contains("index.html", "postmortems/2026-03-12-checkout-outage.html",
                "tags/index.html", "tags/database.html", "services/index.html", "services/payments-api.html",
                "severity/index.html", "severity/sev1.html", "years/index.html", "years/2024.html", "404.html",
                "sitemap.xml", "robots.txt", "stats.html", "actions.html", "search.html", "search/meta.js", "feed.xml", "atom.xml",
                "feed.json", "tags/database.rss.xml", "tags/database.atom.xml", "services/payments-api.rss.xml",
                "services/payments-api.atom.xml");
    }

    @Test
    void thePublicBuildContainsNoInternalTextAnywhere() throws IOException {
        Path out = render(settings().baseUrl("https://status.example.com").build());

        for (Map.Entry<String, String> file : files(out).entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).doesNotContainIgnoringCase("secret")
                    .doesNotContain("DRAFT-SUMMARY-MARKER");
            assertThat(file.getKey()).doesNotContain("secret", "internal-only", "draft");
        }
    }

    @Test
    void theInternalBuildIncludesInternalPartsMarked() throws IOException {
        Path out = render(settings().audience(Audience.INTERNAL).build());

        String page = Files.readString(out.resolve("postmortems/2026-03-12-checkout-outage.html"));
        String internalPage = Files.readString(out.resolve("postmortems/2026-01-20-internal-only.html"));
        assertThat(page).contains("SECRET-SECTION-MARKER", "part-other internal");
        assertThat(internalPage).contains("SECRET-BODY-MARKER", "badge internal");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Internal build");
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Disallow: /");
    }

    @Test
    void draftsAppearOnlyWhenAskedForAndAreMarked() throws IOException {
        Path without = render(settings().build());
        Path with = render(settings().includeDrafts(true).build(), dir.resolve("with-drafts"));

        assertThat(without.resolve("postmortems/2026-02-10-draft.html")).doesNotExist();
        assertThat(Files.readString(without.resolve("index.html"))).doesNotContain("Draft about search");
        assertThat(Files.readString(with.resolve("index.html"))).contains("Draft about search", "badge draft");
        assertThat(with.resolve("postmortems/2026-02-10-draft.html")).exists();
    }

    @Test
    void everyRelativeLinkPointsAtAFileOfTheSite() throws IOException {
        Path out = render(settings().pageSize(2).build());

        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> file : files(out).entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Matcher m = LINK.matcher(file.getValue());
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http") || target.isEmpty()) {
                    continue;
                }
                Path resolved = out.resolve(file.getKey()).getParent().resolve(target).normalize();
                if (!resolved.startsWith(out) || !Files.isRegularFile(resolved)) {
                    broken.add(file.getKey() + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(out.resolve("page/2.html")).exists();
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheDefaultZoneAndLocale() throws Exception {
        Map<String, String> first = MachineDefaults.with("Asia/Kolkata", "th-TH-u-nu-thai",
                () -> files(render(settings().build(), dir.resolve("a"))));
        Map<String, String> second = MachineDefaults.with("America/St_Johns", "ar-SA",
                () -> files(render(settings().build(), dir.resolve("b"))));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Path out = render(settings().build());
        Map<String, String> before = files(out);
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/postmortem.ftlh"), "<p>${postmortem.nosuchfield}</p>\n");

        SiteResult result = new SiteGenerator(settings().themeDirectory(theme).build()).generate(archive(), out);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo("template");
            assertThat(d.message()).contains("postmortem.ftlh:1:", "postmortems/");
        });
        assertThat(result.problems()).extracting(Diagnostic::file)
                .contains(Fixtures.file("site", "2026-03-12-checkout-outage.md"));
        assertThat(files(out)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("pm-staging"));
        }
    }

    /**
     * FreeMarker reports a template that failed to parse only once, and after that "an error loading the template on
     * an earlier attempt" for each page; one imported by the page's template ({@code layout.ftlh}, which every
     * bundled page template imports) as "Template importing failed" at the importing line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postmortem.ftlh | <p>\\n<#if postmortem.title??>\\n</p>\\n | postmortem.ftlh:3:5 | unclosed #if",
        "layout.ftlh | <#macro page>\\n<#if x??>\\n</#macro>\\n | layout.ftlh:3: | #if",
        // A string read as a template: reported where the page's template reads it.
        "postmortem.ftlh | <p>\\n<@'<#if x'?interpret />\\n</p>\\n | postmortem.ftlh:2:3 | Unexpected end of file"})
    void aThemeTemplateThatDoesNotParseIsReportedAtItsLineWithEveryPageThatUsesIt(String template, String text,
            String at, String says) throws IOException {
        Path theme = dir.resolve("unparsable-theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/" + template), text.replace("\\n", "\n"));

        SiteResult result = new SiteGenerator(settings().themeDirectory(theme).build()).generate(archive(),
                dir.resolve("unparsable"));

        assertThat(result.succeeded()).isFalse();
        // at least one for each of the fixture's three public postmortems
        assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo("template");
            assertThat(d.message()).contains(at, says);
        });
        assertThat(result.problems()).filteredOn(d -> d.message().contains("postmortems/")).hasSize(3);
    }

    @Test
    void aTemplateErrorsColumnCountsATabAsOneCharacter() throws IOException {
        Path theme = dir.resolve("tabbed-theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/postmortem.ftlh"), "\t\t<p>${postmortem.nosuchfield}</p>\n");

        SiteResult result = new SiteGenerator(settings().themeDirectory(theme).build()).generate(archive(),
                dir.resolve("tabbed"));

        assertThat(result.problems()).isNotEmpty().allSatisfy(d -> assertThat(d.message())
                .contains("postmortem.ftlh:1:8 "));
    }

    @Test
    void pagesOfDeletedPostmortemsDisappear(@TempDir Path sources) throws IOException {
        Files.copy(Fixtures.file("site", "2024-06-30-dns.md"), sources.resolve("2024-06-30-dns.md"));
        Files.copy(Fixtures.file("site", "2025-11-02-payments-latency.md"), sources.resolve("b.md"));
        Path out = dir.resolve("site");
        SiteGenerator generator = new SiteGenerator(settings().build());
        generator.generate(new PostmortemReader(ReaderOptions.defaults()).read(sources).archive(), out);
        assertThat(out.resolve("postmortems/b.html")).exists();

        Files.delete(sources.resolve("b.md"));
        generator.generate(new PostmortemReader(ReaderOptions.defaults()).read(sources).archive(), out);

        assertThat(out.resolve("postmortems/b.html")).doesNotExist();
        assertThat(out.resolve("postmortems/2024-06-30-dns.html")).exists();
    }

    @Test
    void aThemeFolderOverridesTemplatesAndStaticFiles() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("static/assets"));
        Files.writeString(theme.resolve("templates/404.ftlh"), "<p>Lost: ${site.title}</p>\n");
        Files.writeString(theme.resolve("static/assets/pm.css"), "body{color:red}\n");
        Files.writeString(theme.resolve("static/logo.txt"), "logo\n");

        Path out = render(settings().title("Acme <status>").themeDirectory(theme).build());

        assertThat(Files.readString(out.resolve("404.html"))).isEqualTo("<p>Lost: Acme &lt;status&gt;</p>\n");
        assertThat(Files.readString(out.resolve("assets/pm.css"))).isEqualTo("body{color:red}\n");
        assertThat(out.resolve("logo.txt")).exists();
        assertThat(Files.readString(out.resolve("index.html"))).contains("<p class=\"site-title\"><a href=\"index.html\">Acme &lt;status&gt;</a></p>");
    }

    @Test
    void theStylesheetAndATypicalPageStaySmall() throws IOException {
        Path out = render(settings().build());

        long css = Files.size(out.resolve("assets/pm.css"));
        long page = Files.size(out.resolve("postmortems/2026-03-12-checkout-outage.html"));
        assertThat(css).isLessThan(15_000);
        assertThat(css + page).isLessThan(50_000);
        assertThat(Files.readString(out.resolve("assets/pm.css"))).contains("prefers-color-scheme: dark", "@media"
                + " print")
                .doesNotContain("url(http", "@import");
    }

    @Test
    void ticketsBecomeLinksWhenTheyAreUrlsOrAPatternIsSet() throws IOException {
        Path out = render(settings().ticketUrlPattern("https://tracker.example.com/browse/{id}").build());

        String page = Files.readString(out.resolve("postmortems/2026-03-12-checkout-outage.html"));
        assertThat(page).contains("<a href=\"https://tracker.example.com/browse/OPS-231\">OPS-231</a>",
                "<a href=\"https://tracker.example.com/OPS-232\">https://tracker.example.com/OPS-232</a>");
    }

    private static String resource(String name) throws IOException {
        try (var in = SiteGeneratorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRemedyTrackerGroupsOpenItemsByOwnerAndShowsOverdueOnlyAgainstAReferenceDay() throws IOException {
        String ordinary = Files.readString(render(settings().build()).resolve("actions.html"));
        String dated = Files.readString(render(settings().context(RunContext.defaults().withToday(java.time.LocalDate.of(2026, 11, 20))).build(),
                dir.resolve("dated")).resolve("actions.html"));

        assertThat(ordinary).contains("<h2 id=\"owner-platform-team\">Platform team</h2>")
                .contains("href=\"postmortems/2026-03-12-checkout-outage.html\"")
                .doesNotContain("Overdue").doesNotContain("overdue");
        assertThat(dated).contains("As of <time datetime=\"2026-11-20\">")
                .contains("<span class=\"status\">Overdue</span>").contains("days ago");
    }

    @Test
    void yearPagesCountInTheSitesZoneWhateverZoneTheArchiveWasReadIn() throws IOException {
        Path sources = dir.resolve("new-year");
        Files.createDirectories(sources);
        String late = Files.readString(Fixtures.file("site", "2025-11-02-payments-latency.md"))
                .replace("2025-11-02T", "2025-12-31T").replace("date: 2025-11-04", "date: 2026-01-02");
        Files.writeString(sources.resolve("2025-12-31-new-year.md"), late);
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(sources);
        assertThat(read.diagnostics()).isEmpty();
        Archive readInUtc = read.archive();
        RunContext kiritimati = RunContext.defaults().withZone(ZoneId.of("Pacific/Kiritimati"));

        Path out = dir.resolve("site");
        SiteResult result = new SiteGenerator(settings().context(kiritimati).build()).generate(readInUtc, out);

        assertThat(result.problems()).isEmpty();
        assertThat(files(out).keySet()).as("pages").contains("years/2026.html").doesNotContain("years/2025.html");
        assertThat(Files.readString(out.resolve("years/2026.html"))).contains(">January 2026</h2>");
    }

    @Test
    void headingsNamedLikeTheLayoutsPartsGiveThePageNoIdTwice(@TempDir Path sources) throws IOException {
        String headings = "### Main\n\nWords.\n\n### Search input\n\nWords.\n\n### Facts title\n\nWords.\n\n"
                + "### Related title\n\nWords.\n\n### pm_main\n\nWords.";
        Files.writeString(sources.resolve("2026-03-12-names.md"), Files.readString(Fixtures.file("site",
                "2026-03-12-checkout-outage.md")).replaceFirst("\n## Reason", "\n" + headings + "\n\n## Reason"));
        Path out = dir.resolve("names");
        new SiteGenerator(settings().build()).generate(
                new PostmortemReader(ReaderOptions.defaults()).read(sources).archive(), out);

        String page = Files.readString(out.resolve("postmortems/2026-03-12-names.html"));
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).contains("main", "search-input", "facts-title", "related-title", "pm-main", "pm_main")
                .doesNotHaveDuplicates();
    }

    static SiteSettings.Builder settings() {
        return SiteSettings.builder().title("Example status").organisation("Example Ltd");
    }

    private Path render(SiteSettings settings) throws IOException {
        return render(settings, dir.resolve("site"));
    }

    private static Path render(SiteSettings settings, Path out) throws IOException {
        SiteResult result = new SiteGenerator(settings).generate(archive(), out);
        assertThat(result.problems()).isEmpty();
        return out;
    }

    private static Archive archive() throws IOException {
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("site"));
        assertThat(read.diagnostics()).isEmpty();
        return read.archive();
    }

    /**
     * What the golden folder holds for a rendered site: of each HTML page only its {@code <main>} element, and the
     * frame around it (head, header, footer) once, from the home page, in {@link #FRAME}. A change to the layout
     * then rewrites one golden file instead of every page's. Feeds, JSON and the sitemap stay whole.
     */
    private static Map<String, String> goldenView(Map<String, String> site) {
        Map<String, String> view = new TreeMap<>();
        site.forEach((file, text) -> view.put(file, file.endsWith(".html") ? mainOf(file, text) : text));
        String home = site.get("index.html");
        view.put(FRAME, home.substring(0, home.indexOf("<main")) + "<main>" + ELIDED + "</main>"
                + home.substring(home.indexOf("</main>") + "</main>".length()));
        return view;
    }

    private static String mainOf(String file, String page) {
        int start = page.indexOf("<main");
        int end = page.indexOf("</main>");
        assertThat(start).as(file + " has a <main> element").isNotNegative();
        assertThat(page.indexOf("<main", start + 1)).as(file + " has one <main> element").isNegative();
        return page.substring(start, end + "</main>".length()) + "\n";
    }

    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(root.relativize(f).toString().replace('\\', '/'),
                            new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
