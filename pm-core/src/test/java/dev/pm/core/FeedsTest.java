package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class FeedsTest {

    private static final String BASE = "https://status.example.com/postmortems";

    @TempDir
    Path dir;

    private static Archive archive(Path folder) throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(folder).archive();
    }

    private SiteResult render(Archive archive, SiteSettings settings, String name) throws IOException {
        SiteResult result = new SiteGenerator(settings).generate(archive, dir.resolve(name));
        assertThat(result.problems()).isEmpty();
        return result;
    }

    private static SyndFeed parse(Path file) throws Exception {
        return new SyndFeedInput().build(new StringReader(Files.readString(file)));
    }

    private static List<Postmortem> published(Archive archive) {
        return archive.select(Audience.PUBLIC, false).postmortems();
    }

    @Test
    void everyFeedParsesBackItemByItemAgainstTheArchive() throws Exception {
        Archive archive = archive(Fixtures.folder("site"));
        SiteResult site = render(archive, SiteGeneratorTest.settings().baseUrl(BASE).build(), "site");
        List<Postmortem> expected = published(archive);

        for (String file : List.of("feed.xml", "atom.xml")) {
            SyndFeed feed = parse(site.output().resolve(file));
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactlyElementsOf(expected.stream().map(Postmortem::title).toList());
            for (int i = 0; i < expected.size(); i++) {
                Postmortem p = expected.get(i);
                SyndEntry entry = feed.getEntries().get(i);
                String permalink = BASE + "/postmortems/" + p.slug() + ".html";
                assertThat(entry.getLink()).isEqualTo(permalink);
                assertThat(entry.getUri()).isEqualTo(permalink);
                assertThat(entry.getPublishedDate()).isEqualTo(Date.from(p.published().atStartOfDay(ZoneOffset.UTC)
                        .toInstant()));
                assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactlyElementsOf(p.tags());
                assertThat(entry.getDescription().getValue()).isEqualTo(p.summary().orElseThrow());
                assertThat(entry.getContents().get(0).getValue()).contains(p.regret().orElseThrow().firstParagraph()
                        .substring(0, 20));
            }
            LocalDate newest = expected.stream().map(p -> p.updated().orElse(p.published())).max(LocalDate::compareTo)
                    .orElseThrow();
            assertThat(feed.getPublishedDate()).isEqualTo(Date.from(newest.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }

        JsonNode json = new ObjectMapper().readTree(site.output().resolve("feed.json").toFile());
        assertThat(json.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        List<String> ids = new ArrayList<>();
        json.path("items").forEach(item -> ids.add(item.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(expected.stream()
                .map(p -> BASE + "/postmortems/" + p.slug() + ".html").toList());
        assertThat(json.path("items").get(0).path("content_html").asText()).contains("<h2>");
        // RFC 3339 wants the seconds, which OffsetDateTime's toString leaves out at midnight.
        json.path("items").forEach(item -> assertThat(List.of(item.path("date_published").asText(),
                item.path("date_modified").asText())).allSatisfy(date -> assertThat(date)
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)")));
    }

    @Test
    void tagAndServiceFeedsHoldTheirOwnPostmortems() throws Exception {
        Archive archive = archive(Fixtures.folder("site"));
        SiteResult site = render(archive, SiteGeneratorTest.settings().baseUrl(BASE).build(), "site");
        Archive visible = archive.select(Audience.PUBLIC, false);

        for (Map.Entry<String, List<Postmortem>> tag : visible.byTag().entrySet()) {
            SyndFeed feed = parse(site.output().resolve("tags/" + tag.getKey() + ".rss.xml"));
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactlyElementsOf(tag.getValue().stream().map(Postmortem::title).toList());
        }
        for (Map.Entry<String, List<Postmortem>> service : visible.byService().entrySet()) {
            SyndFeed feed = parse(site.output().resolve("services/" + service.getKey() + ".atom.xml"));
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactlyElementsOf(service.getValue().stream().map(Postmortem::title).toList());
        }
        assertThat(Files.readString(site.output().resolve("tags/database.html")))
                .contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Example status: tag database"
                        + " (RSS)\" href=\"../tags/database.rss.xml\">");
        assertThat(Files.readString(site.output().resolve("index.html")))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Example status (Atom)\""
                        + " href=\"atom.xml\">")
                .contains("<a href=\"feed.xml\">RSS</a>");
    }

    @Test
    void aGermanSiteTitlesAndDescribesItsFeedsInGerman() throws Exception {
        Archive archive = archive(Fixtures.folder("site"));
        // no title and no description: the theme's, in German
        SiteResult site = render(archive, SiteSettings.builder().baseUrl(BASE)
                .context(RunContext.defaults().withLanguage("de")).build(), "de");

        SyndFeed whole = parse(site.output().resolve("feed.xml"));
        assertThat(whole.getTitle()).isEqualTo("Vorfallhistorie");
        assertThat(whole.getDescription()).isEqualTo("Was schiefging, warum, und was wir dagegen tun.");
        assertThat(whole.getLanguage()).isEqualTo("de");
        SyndFeed tag = parse(site.output().resolve("tags/database.rss.xml"));
        assertThat(tag.getTitle()).isEqualTo("Vorfallhistorie: Schlagwort database");
        assertThat(tag.getDescription()).isEqualTo("Postmortems mit dem Schlagwort database, die neuesten zuerst.");
        SyndFeed service = parse(site.output().resolve("services/payments-api.atom.xml"));
        assertThat(service.getTitle()).isEqualTo("Vorfallhistorie: Dienst payments-api");
        assertThat(service.getDescription())
                .isEqualTo("Postmortems der Vorfälle, die payments-api betrafen, die neuesten zuerst.");
        JsonNode json = new ObjectMapper().readTree(site.output().resolve("feed.json").toFile());
        assertThat(json.path("title").asText()).isEqualTo("Vorfallhistorie");
        assertThat(json.path("description").asText()).isEqualTo("Was schiefging, warum, und was wir dagegen tun.");
        assertThat(json.path("language").asText()).isEqualTo("de");
        assertThat(Files.readString(site.output().resolve("services/payments-api.html")))
                .contains("title=\"Vorfallhistorie: Dienst payments-api (Atom)\"");
        List<Path> feeds;
        try (Stream<Path> walk = Files.walk(site.output())) {
            feeds = walk.filter(p -> p.toString().endsWith(".xml") && !p.endsWith("sitemap.xml")
                    || p.toString().endsWith(".json")).toList();
        }
        for (Path feed : feeds) {
            // the feeds' own words; the items are the postmortems, written in English
            String head = Files.readString(feed).replaceAll("(?s)<(item|entry)>.*</\\1>", "")
                    .replaceAll("(?s)\"items\".*", "");
            assertThat(head).as(feed.toString()).doesNotContain("Incident history", "What went wrong", ": tag ",
                    ": service ", "tagged", "newest first");
        }
    }

    @Test
    void guidsAndBytesAreTheSameInTwoBuilds() throws Exception {
        Archive archive = archive(Fixtures.folder("site"));
        SiteResult first = render(archive, SiteGeneratorTest.settings().baseUrl(BASE).build(), "first");
        SiteResult second = render(archive(Fixtures.folder("site")), SiteGeneratorTest.settings().baseUrl(BASE).build(),
                "second");

        assertThat(parse(first.output().resolve("feed.xml")).getEntries()).extracting(SyndEntry::getUri)
                .isEqualTo(parse(second.output().resolve("feed.xml")).getEntries().stream().map(SyndEntry::getUri)
                        .toList());
        for (String file : List.of("feed.xml", "atom.xml", "feed.json", "tags/database.atom.xml")) {
            assertThat(first.output().resolve(file)).hasSameBinaryContentAs(second.output().resolve(file));
        }
    }

    @Test
    void draftsAndInternalPostmortemsNeverReachAFeedWhateverTheFlags() throws Exception {
        Archive archive = archive(Fixtures.folder("site"));
        SiteResult site = render(archive, SiteGeneratorTest.settings().baseUrl(BASE).audience(Audience.INTERNAL)
                .includeDrafts(true).build(), "everything");

        List<Path> feeds;
        try (Stream<Path> walk = Files.walk(site.output())) {
            feeds = walk.filter(p -> p.toString().endsWith(".xml") && !p.endsWith("sitemap.xml")
                    || p.toString().endsWith(".json") && !p.endsWith("search.json")).toList();
        }
        assertThat(feeds).hasSizeGreaterThan(3);
        for (Path feed : feeds) {
            assertThat(Files.readString(feed)).as(feed.toString()).doesNotContain("SECRET-").doesNotContain("DRAFT-");
        }
        assertThat(site.output().resolve("tags/internal-only.rss.xml")).doesNotExist();
        assertThat(parse(site.output().resolve("feed.xml")).getEntries()).hasSize(published(archive).size());
    }

    @Test
    void withoutABaseUrlNoFeedIsWrittenAndTheBuildSaysWhyInOneLine() throws IOException {
        SiteResult site = render(archive(Fixtures.folder("site")), SiteGeneratorTest.settings().build(), "site");

        assertThat(site.feedCount()).isZero();
        assertThat(site.output().resolve("feed.xml")).doesNotExist();
        assertThat(site.notices()).singleElement().asString().contains("set baseUrl");
        assertThat(Files.readString(site.output().resolve("index.html"))).doesNotContain("rel=\"alternate\"");
    }

    @Test
    void feedsHoldTheNewestPostmortemsUpToTheFeedSize() throws Exception {
        Archive archive = archive(Fixtures.folder("site"));
        SiteResult site = render(archive, SiteGeneratorTest.settings().baseUrl(BASE).feedSize(1).build(), "site");

        assertThat(parse(site.output().resolve("feed.xml")).getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly(published(archive).get(0).title());
    }

    @Test
    void markupQuotesAndAstralCharactersInATitleParseBackAsWritten() throws Exception {
        String title = "Payments <b>down</b> & \"slow\" ]]> for 🔥 users";
        Path source = dir.resolve("source");
        Files.createDirectories(source);
        Path original = Fixtures.folder("site").resolve("2025-11-02-payments-latency.md");
        Files.writeString(source.resolve(original.getFileName()), Files.readString(original)
                .replace("title: Payments latency doubled", "title: '" + title.replace("'", "''") + "'"));
        SiteResult site = render(archive(source), SiteGeneratorTest.settings().baseUrl(BASE).build(), "site");

        for (String file : List.of("feed.xml", "atom.xml", "tags/latency.rss.xml")) {
            assertThat(parse(site.output().resolve(file)).getEntries()).extracting(SyndEntry::getTitle)
                    .as(file).containsExactly(title);
        }
        JsonNode json = new ObjectMapper().readTree(site.output().resolve("feed.json").toFile());
        assertThat(json.path("items").get(0).path("title").asText()).isEqualTo(title);
    }

    @Test
    void tagsThatShareAPageShareItsFeedsWithEveryPostmortemOfBoth() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        for (String name : List.of("2024-06-30-dns.md", "2025-11-02-payments-latency.md")) {
            Path original = Fixtures.folder("site").resolve(name);
            Files.writeString(source.resolve(name), Files.readString(original)
                    .replaceFirst("tags: \\[[^]]*]", name.startsWith("2024") ? "tags: [c++]" : "tags: [c#]"));
        }
        SiteResult site = render(archive(source), SiteGeneratorTest.settings().baseUrl(BASE).build(), "site");

        List<Path> tagFeeds;
        try (Stream<Path> files = Files.list(site.output().resolve("tags"))) {
            tagFeeds = files.filter(p -> p.toString().endsWith(".rss.xml") || p.toString().endsWith(".atom.xml"))
                    .toList();
        }
        assertThat(tagFeeds).as("one page, so one RSS and one Atom feed").hasSize(2);
        for (Path feed : tagFeeds) {
            assertThat(parse(feed).getEntries()).extracting(SyndEntry::getTitle).as(feed.toString())
                    .containsExactly("Payments latency doubled", "Some customers could not resolve our API hostname");
        }
    }

    @Test
    void everyAtomFeedIsValidAgainstTheRfc4287Schema() throws Exception {
        SiteResult site = render(archive(Fixtures.folder("site")), SiteGeneratorTest.settings().baseUrl(BASE).build(),
                "site");
        ValidationDriver driver = new ValidationDriver(CompactSchemaReader.getInstance());
        assertThat(driver.loadSchema(new InputSource(getClass().getResource("schema/atom.rnc").toString()))).isTrue();
        List<Path> feeds;
        try (Stream<Path> walk = Files.walk(site.output())) {
            feeds = walk.filter(p -> p.getFileName().toString().endsWith("atom.xml")).sorted().toList();
        }

        assertThat(feeds).contains(site.output().resolve("atom.xml"), site.output().resolve("tags/database.atom.xml"),
                site.output().resolve("services/payments-api.atom.xml"));
        for (Path feed : feeds) {
            assertThat(driver.validate(new InputSource(feed.toUri().toString()))).as(feed.toString()).isTrue();
        }
        assertThat(driver.validate(new InputSource(new StringReader("<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>no id, no updated</title></feed>")))).as("the schema rejects an invalid feed").isFalse();
    }
}
