package dev.pm.core.site.internal;

import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.site.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The archive's feeds: RSS 2.0 and Atom 1.0 for the whole archive, each tag and each service, and JSON Feed 1.1
 * for the whole archive. Only published public postmortems go in, and every date comes from the postmortems, so
 * the same archive gives the same bytes.
 *
 * <p>A postmortem is an item of up to three feeds per tag and service it has, with the same XML in each: its
 * {@code <item>} and {@code <entry>} are written once and shared. The feeds are written here rather than through
 * ROME, which built and cloned a tree of beans for every feed and was a quarter of a warm build; the tests parse
 * every feed back with ROME and check Atom against the RFC 4287 schema.
 */
final class Feeds {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    /** One feed of the site: which postmortems, under which title and description, at which paths. */
    record Feed(String title, String description, String pagePath, String rssPath, String atomPath,
            List<Postmortem> postmortems) {
    }

    private final SiteSettings settings;
    private final String baseUrl;
    private final Function<Postmortem, String> content;
    private final Map<String, String> rssItems = new ConcurrentHashMap<>();
    private final Map<String, String> atomEntries = new ConcurrentHashMap<>();

    /**
     * @param content the HTML of a postmortem's three R's, as a feed item's content
     */
    Feeds(SiteSettings settings, Function<Postmortem, String> content) {
        this.settings = settings;
        this.baseUrl = settings.baseUrl().orElseThrow();
        this.content = content;
    }

    /**
     * The feeds of a public archive: the whole archive first, under the site's title and description, then one per
     * tag and per service, titled and described in the site's language.
     */
    static List<Feed> plan(SiteSettings settings, Archive published, Messages messages) {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(new Feed(settings.title(), settings.description(), SitePaths.home(1), FeedFormat.RSS.archiveFile(),
                FeedFormat.ATOM.archiveFile(), published.postmortems()));
        // By page, as the site groups them: a feed holds what its page lists, also when two names share the page.
        SitePlanner.group(published.byTag(), SitePaths::tag).forEach((path, tag) -> feeds.add(group(
                messages.format("feed_title_tag", settings.title(), tag.name()),
                messages.format("feed_description_tag", tag.name()), path, tag.postmortems())));
        SitePlanner.group(published.byService(), SitePaths::service).forEach((path, service) -> feeds.add(group(
                messages.format("feed_title_service", settings.title(), service.name()),
                messages.format("feed_description_service", service.name()), path, service.postmortems())));
        return List.copyOf(feeds);
    }

    private static Feed group(String title, String description, String pagePath, List<Postmortem> list) {
        return new Feed(title, description, pagePath, FeedFormat.RSS.groupFile(pagePath),
                FeedFormat.ATOM.groupFile(pagePath), list);
    }

    /** Writes the RSS and Atom files of one feed, and with {@code json} its JSON Feed too; thread-safe. */
    Map<String, byte[]> write(Feed feed, boolean json) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Postmortem> items = newest(feed.postmortems());
        files.put(feed.rssPath(), rss(feed, items));
        files.put(feed.atomPath(), atom(feed, items));
        if (json) {
            files.put(FeedFormat.JSON.archiveFile(), json(feed, items));
        }
        return files;
    }

    private List<Postmortem> newest(List<Postmortem> postmortems) {
        return postmortems.stream().limit(settings.feedSize()).toList();
    }

    private byte[] rss(Feed feed, List<Postmortem> items) {
        StringBuilder xml = new StringBuilder(4096 + 4096 * items.size());
        xml.append(XML_DECLARATION).append("<rss version=\"2.0\" xmlns:atom=\"").append(ATOM_NS)
                .append("\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n  <channel>\n");
        element(xml, 4, "title", feed.title());
        element(xml, 4, "link", url(feed.pagePath()));
        element(xml, 4, "description", feed.description());
        element(xml, 4, "language", settings.language());
        newestUpdate(items).ifPresent(day -> element(xml, 4, "pubDate", rfc822(day)));
        xml.append("    <atom:link rel=\"self\" type=\"").append(FeedFormat.RSS.mediaType()).append("\" href=\"");
        Xml.escape(xml, url(feed.rssPath()), true);
        xml.append("\"/>\n");
        items.forEach(p -> xml.append(rssItems.computeIfAbsent(p.slug(), slug -> rssItem(p))));
        xml.append("  </channel>\n</rss>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One {@code <item>}: the same in every feed that holds the postmortem, so it is written once. */
    private String rssItem(Postmortem p) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("    <item>\n");
        element(xml, 6, "title", p.title());
        element(xml, 6, "link", permalink(p));
        element(xml, 6, "description", p.summary().orElse(p.title()));
        element(xml, 6, "content:encoded", content.apply(p));
        p.tags().forEach(tag -> element(xml, 6, "category", tag));
        element(xml, 6, "pubDate", rfc822(p.published()));
        // A guid is a permalink unless it says otherwise (RSS 2.0), as this one is.
        xml.append("      <guid>");
        Xml.escape(xml, permalink(p), false);
        xml.append("</guid>\n");
        if (!p.authors().isEmpty()) {
            element(xml, 6, "dc:creator", String.join(", ", p.authors()));
        }
        return xml.append("    </item>\n").toString();
    }

    private byte[] atom(Feed feed, List<Postmortem> items) {
        StringBuilder xml = new StringBuilder(4096 + 4096 * items.size());
        xml.append(XML_DECLARATION).append("<feed xmlns=\"").append(ATOM_NS).append("\"");
        xml.append(" xml:lang=\"");
        Xml.escape(xml, settings.language(), true);
        xml.append("\">\n");
        element(xml, 2, "title", feed.title());
        link(xml, 2, "alternate", "text/html", url(feed.pagePath()));
        link(xml, 2, "self", FeedFormat.ATOM.mediaType(), url(feed.atomPath()));
        xml.append("  <author>\n");
        element(xml, 4, "name", authorName());
        xml.append("  </author>\n");
        element(xml, 2, "subtitle", feed.description());
        element(xml, 2, "id", url(feed.atomPath()));
        // Atom requires an update time; an empty feed takes the epoch, so that its bytes stay the same.
        element(xml, 2, "updated", rfc3339Utc(newestUpdate(items).orElse(LocalDate.EPOCH)));
        items.forEach(p -> xml.append(atomEntries.computeIfAbsent(p.slug(), slug -> atomEntry(p))));
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One {@code <entry>}: the same in every feed that holds the postmortem, so it is written once. */
    private String atomEntry(Postmortem p) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("  <entry>\n");
        element(xml, 4, "title", p.title());
        link(xml, 4, "alternate", "text/html", permalink(p));
        for (String tag : p.tags()) {
            xml.append("    <category term=\"");
            Xml.escape(xml, tag, true);
            xml.append("\"/>\n");
        }
        for (String author : p.authors()) {
            xml.append("    <author>\n");
            element(xml, 6, "name", author);
            xml.append("    </author>\n");
        }
        element(xml, 4, "id", permalink(p));
        element(xml, 4, "updated", rfc3339Utc(updated(p)));
        element(xml, 4, "published", rfc3339Utc(p.published()));
        xml.append("    <summary type=\"text\">");
        Xml.escape(xml, p.summary().orElse(p.title()), false);
        xml.append("</summary>\n    <content type=\"html\">");
        Xml.escape(xml, content.apply(p), false);
        return xml.append("</content>\n  </entry>\n").toString();
    }

    private static void element(StringBuilder xml, int indent, String name, String text) {
        xml.append(" ".repeat(indent)).append('<').append(name).append('>');
        Xml.escape(xml, text, false);
        xml.append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, int indent, String rel, String type, String href) {
        xml.append(" ".repeat(indent)).append("<link rel=\"").append(rel).append("\" type=\"").append(type)
                .append("\" href=\"");
        Xml.escape(xml, href, true);
        xml.append("\"/>\n");
    }

    private byte[] json(Feed feed, List<Postmortem> items) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", feed.title());
        root.put("home_page_url", url(feed.pagePath()));
        root.put("feed_url", url(FeedFormat.JSON.archiveFile()));
        root.put("description", feed.description());
        root.put("language", settings.language());
        root.put("authors", List.of(Map.of("name", authorName())));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Postmortem p : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", permalink(p));
            item.put("url", permalink(p));
            item.put("title", p.title());
            item.put("content_html", content.apply(p));
            item.put("summary", p.summary().orElse(p.title()));
            item.put("date_published", rfc3339(p.published()));
            item.put("date_modified", rfc3339(updated(p)));
            if (!p.tags().isEmpty()) {
                item.put("tags", p.tags());
            }
            if (!p.authors().isEmpty()) {
                item.put("authors", p.authors().stream().map(a -> Map.of("name", a)).toList());
            }
            entries.add(item);
        }
        root.put("items", entries);
        return Json.pretty(root).getBytes(StandardCharsets.UTF_8);
    }

    private String authorName() {
        return settings.organisation().isBlank() ? settings.title() : settings.organisation();
    }

    private String permalink(Postmortem p) {
        return url(SitePaths.postmortem(p.slug()));
    }

    private String url(String path) {
        return baseUrl + "/" + (path.equals("index.html") ? "" : path);
    }

    private static LocalDate updated(Postmortem p) {
        return p.updated().filter(u -> u.isAfter(p.published())).orElse(p.published());
    }

    private static java.util.Optional<LocalDate> newestUpdate(List<Postmortem> items) {
        return items.stream().map(Feeds::updated).max(LocalDate::compareTo);
    }

    /** RFC 822 as RSS writes dates, in GMT, with English names whatever the machine's locale. */
    private String rfc822(LocalDate day) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(day.atStartOfDay(zone()).withZoneSameInstant(
                ZoneOffset.UTC));
    }

    /** RFC 3339 in UTC, as Atom writes dates. */
    private String rfc3339Utc(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(zone()).toInstant());
    }

    /** RFC 3339, as JSON Feed asks, with seconds always written (OffsetDateTime's toString drops them at 00). */
    private String rfc3339(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(zone()));
    }

    private ZoneId zone() {
        return settings.zone();
    }
}
