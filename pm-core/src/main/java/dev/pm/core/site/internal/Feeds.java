package dev.pm.core.site.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.rometools.rome.io.WireFeedOutput;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.site.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The archive's feeds: RSS 2.0 and Atom 1.0 (written by ROME) for the whole archive, each tag and each service,
 * and JSON Feed 1.1 (written by Jackson) for the whole archive. Only published public postmortems go in, and
 * every date comes from the postmortems, so the same archive gives the same bytes.
 */
final class Feeds {

    /** One feed of the site: which postmortems, under which title and description, at which paths. */
    record Feed(String title, String description, String pagePath, String rssPath, String atomPath,
            List<Postmortem> postmortems) {
    }

    private final SiteSettings settings;
    private final String baseUrl;
    private final Function<Postmortem, String> content;

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
        published.byTag().forEach((tag, list) -> feeds.add(group(
                messages.format("feed_title_tag", settings.title(), tag),
                messages.format("feed_description_tag", tag), SitePaths.tag(tag), list)));
        published.byService().forEach((service, list) -> feeds.add(group(
                messages.format("feed_title_service", settings.title(), service),
                messages.format("feed_description_service", service), SitePaths.service(service), list)));
        Map<String, Feed> byPath = new LinkedHashMap<>();
        feeds.forEach(feed -> byPath.putIfAbsent(feed.rssPath(), feed));
        return List.copyOf(byPath.values());
    }

    private static Feed group(String title, String description, String pagePath, List<Postmortem> list) {
        return new Feed(title, description, pagePath, FeedFormat.RSS.groupFile(pagePath),
                FeedFormat.ATOM.groupFile(pagePath), list);
    }

    /** Writes the RSS and Atom files of every feed, and the JSON Feed of the first (the whole archive). */
    Map<String, byte[]> write(List<Feed> feeds) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Feed feed : feeds) {
            files.putAll(write(feed, false));
        }
        Feed archive = feeds.get(0);
        files.put(FeedFormat.JSON.archiveFile(), json(archive, newest(archive.postmortems())));
        return files;
    }

    /** Writes the RSS and Atom files of one feed, and with {@code json} its JSON Feed too. */
    Map<String, byte[]> write(Feed feed, boolean json) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Postmortem> items = newest(feed.postmortems());
        files.put(feed.rssPath(), xml(feed, items, FeedFormat.RSS, feed.rssPath()));
        files.put(feed.atomPath(), xml(feed, items, FeedFormat.ATOM, feed.atomPath()));
        if (json) {
            files.put(FeedFormat.JSON.archiveFile(), json(feed, items));
        }
        return files;
    }

    private List<Postmortem> newest(List<Postmortem> postmortems) {
        return postmortems.stream().limit(settings.feedSize()).toList();
    }

    private byte[] xml(Feed feed, List<Postmortem> items, FeedFormat format, String selfPath) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(format.romeType());
        syndFeed.setTitle(feed.title());
        syndFeed.setDescription(feed.description());
        syndFeed.setLink(url(feed.pagePath()));
        syndFeed.setUri(url(selfPath));
        syndFeed.setLanguage(settings.language());
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(url(selfPath));
        self.setType(format.mediaType());
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(url(feed.pagePath()));
        alternate.setType("text/html");
        syndFeed.setLinks(List.of(alternate, self));
        newestUpdate(items).ifPresent(day -> syndFeed.setPublishedDate(date(day)));
        syndFeed.setEntries(items.stream().map(this::entry).toList());
        try {
            if (format == FeedFormat.ATOM) {
                syndFeed.setAuthors(List.of(author()));
                return new SyndFeedOutput().outputString(syndFeed, true).getBytes(StandardCharsets.UTF_8);
            }
            Channel channel = (Channel) syndFeed.createWireFeed();
            for (Item item : channel.getItems()) {
                Guid guid = new Guid();
                guid.setValue(item.getLink());
                guid.setPermaLink(true);
                item.setGuid(guid);
            }
            return new WireFeedOutput().outputString(channel, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME could not write the " + format.romeType() + " feed " + selfPath, e);
        }
    }

    private SyndEntry entry(Postmortem p) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(p.title());
        entry.setLink(permalink(p));
        entry.setUri(permalink(p));
        entry.setPublishedDate(date(p.published()));
        entry.setUpdatedDate(date(updated(p)));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(p.summary().orElse(p.title()));
        entry.setDescription(summary);
        SyndContent html = new SyndContentImpl();
        html.setType("html");
        html.setValue(content.apply(p));
        entry.setContents(List.of(html));
        List<SyndCategory> categories = new ArrayList<>();
        for (String tag : p.tags()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag);
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!p.authors().isEmpty()) {
            entry.setAuthor(String.join(", ", p.authors()));
        }
        return entry;
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
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson could not write " + FeedFormat.JSON.archiveFile(), e);
        }
    }

    private SyndPerson author() {
        SyndPerson person = new SyndPersonImpl();
        person.setName(authorName());
        return person;
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

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(zone()).toInstant());
    }

    private String rfc3339(LocalDate day) {
        return day.atStartOfDay(zone()).toOffsetDateTime().toString();
    }

    private ZoneId zone() {
        return settings.zone();
    }
}
