package dev.pm.core.site.internal;

import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Severity;
import dev.pm.core.site.SiteSettings;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Decides which pages the site has and what each one shows. */
final class SitePlanner {

    /** Postmortems grouped under one page, with the name shown for the group. */
    /** The postmortems of a tag or service page, under the first name that gives its path. */
    record Group(String name, List<Postmortem> postmortems) {
    }

    private final SiteSettings settings;
    private final Archive archive;
    private final Views views;
    /** The {@code site} variable, the same for every page. */
    private final TemplateModel.Site site;
    private final Map<String, Feeds.Feed> feedsByPage = new LinkedHashMap<>();
    /** Each postmortem's time to resolve, by slug: the home page and every listing it is on take their median. */
    private final Map<String, Optional<java.time.Duration>> resolveTimes = new ConcurrentHashMap<>();

    /**
     * @param words the site's words, loaded once by the engine
     * @param archive the postmortems this build shows
     * @param feeds the feeds of the public archive, empty without a base URL
     * @param memory the postmortem views of the last build, if kept, taken again where they were made from the
     *     same postmortems, and given this build's
     */
    SitePlanner(SiteSettings settings, SiteWords words, Archive archive, List<Feeds.Feed> feeds,
            Optional<Views.Memory> memory) {
        this.settings = settings;
        this.archive = archive;
        this.views = new Views(settings, words, archive, memory);
        this.site = views.site();
        feeds.forEach(feed -> feedsByPage.putIfAbsent(feed.pagePath(), feed));
    }

    /** Keeps the postmortem views the pages made, in the memory given, for the next build. */
    void remember() {
        views.remember();
    }

    List<Page> plan() {
        List<Page> pages = new ArrayList<>();
        homePages(pages);
        for (Postmortem p : archive.postmortems()) {
            pages.add(page(SitePaths.postmortem(p.slug()), "postmortem.ftlh", p.title(),
                    (page, site) -> new TemplateModel.PostmortemPage(views.full(p), page, site),
                    Optional.of(p.source())));
        }
        indexPages(pages, "tags", group(archive.byTag(), SitePaths::tag));
        indexPages(pages, "services", group(archive.byService(), SitePaths::service));
        Map<String, Group> severities = new LinkedHashMap<>();
        for (Map.Entry<Severity, List<Postmortem>> e : archive.bySeverity().entrySet()) {
            severities.put(SitePaths.severity(e.getKey().label()), new Group(e.getKey().label(), e.getValue()));
        }
        indexPages(pages, "severity", severities);
        yearPages(pages);
        pages.add(page("stats.html", "stats.ftlh", views.messages().text("stats_title"), this::stats, Optional.empty()));
        pages.add(page("actions.html", "actions.ftlh", views.messages().text("actions_title"),
                (page, site) -> new RemedyTracker(settings, archive, views).model(page, site), Optional.empty()));
        pages.add(page("search.html", "search.ftlh", views.messages().text("search_title"), this::search, Optional.empty()));
        pages.add(page("404.html", "404.ftlh", views.messages().text("notfound_title"), TemplateModel.PlainPage::new, Optional.empty()));
        pages.add(page("robots.txt", "robots.ftl", "robots.txt", TemplateModel.PlainPage::new, Optional.empty()));
        if (settings.baseUrl().isPresent()) {
            List<String> urls = pages.stream().filter(pg -> pg.path().endsWith(".html") && !pg.path().equals("404.html"))
                    .map(pg -> settings.baseUrl().get() + "/" + pg.path()).sorted().toList();
            pages.add(page("sitemap.xml", "sitemap.ftlx", "Sitemap",
                    (page, site) -> new TemplateModel.SitemapPage(urls, page, site), Optional.empty()));
        }
        return pages;
    }

    private TemplateModel.StatsPage stats(TemplateModel.PageInfo page, TemplateModel.Site site) {
        List<Postmortem> all = archive.postmortems();
        List<Severity> scale = archive.bySeverity().keySet().stream().sorted(java.util.Comparator.comparingInt(
                Severity::rank)).toList();
        return new TemplateModel.StatsPage(all.size(), Charts.incidentsPerQuarter(all, settings.zone(), scale),
                Charts.resolveTimePerQuarter(all, settings.zone(), views.messages()), Charts.incidentsPerService(archive.byService()),
                page, site);
    }

    /** The search page: its filters, and every postmortem as a plain list for readers without JavaScript. */
    private TemplateModel.SearchPage search(TemplateModel.PageInfo page, TemplateModel.Site site) {
        List<String> severities = archive.bySeverity().keySet().stream().sorted(java.util.Comparator.comparingInt(
                Severity::rank)).map(Severity::label).toList();
        List<Integer> years = new ArrayList<>(archive.byYear().keySet());
        years.sort(java.util.Comparator.reverseOrder());
        return new TemplateModel.SearchPage(severities, List.copyOf(archive.byService().keySet()), years,
                cards(archive.postmortems()), page, site);
    }

    private void homePages(List<Page> pages) {
        List<Postmortem> all = archive.postmortems();
        int pageCount = Math.max(1, (all.size() + settings.pageSize() - 1) / settings.pageSize());
        TemplateModel.Headline headline = headline();
        for (int number = 1; number <= pageCount; number++) {
            List<Postmortem> slice = all.subList(Math.min(all.size(), (number - 1) * settings.pageSize()),
                    Math.min(all.size(), number * settings.pageSize()));
            TemplateModel.Pagination pagination = new TemplateModel.Pagination(number, pageCount,
                    number > 1 ? SitePaths.home(number - 1) : null,
                    number < pageCount ? SitePaths.home(number + 1) : null);
            // the frame adds the site's title to any other: "Page 2 of 5 · Status"
            String title = number == 1 ? settings.title() : views.messages().format("page_of", number, pageCount);
            pages.add(page(SitePaths.home(number), "home.ftlh", title,
                    (page, site) -> new TemplateModel.HomePage(headline, pagination, cards(slice), page, site),
                    Optional.empty()));
        }
    }

    /** Incidents in the twelve months up to the archive's newest one, and the median time to resolve. */
    private TemplateModel.Headline headline() {
        Optional<OffsetDateTime> newest = archive.postmortems().stream().map(p -> p.incident().start())
                .max(OffsetDateTime::compareTo);
        Long lastYearCount = newest.map(latest -> archive.postmortems().stream()
                .filter(p -> p.incident().start().isAfter(latest.minusMonths(12))).count()).orElse(null);
        return new TemplateModel.Headline(archive.postmortems().size(), lastYearCount,
                newest.map(views::instant).orElse(null), medianResolve(archive.postmortems()).orElse(null));
    }

    private void indexPages(List<Page> pages, String folder, Map<String, Group> groups) {
        Messages msg = views.messages();
        String title = msg.text("index_title_" + folder);
        String singular = msg.text("singular_" + folder);
        List<TemplateModel.IndexItem> items = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group group = e.getValue();
            TemplateModel.IndexItem item = item(group.name(), e.getKey(), group.postmortems());
            items.add(item);
            pages.add(page(e.getKey(), "listing.ftlh", msg.format("listing_title", singular, group.name()),
                    (page, site) -> new TemplateModel.ListingPage(item.name(), item.url(), item.count(),
                            item.medianTimeToResolve(), folder, singular, cards(group.postmortems()), page, site),
                    Optional.empty()));
        }
        pages.add(page(folder + "/index.html", "index.ftlh", title,
                (page, site) -> new TemplateModel.IndexPage(folder, List.copyOf(items), page, site),
                Optional.empty()));
    }

    private void yearPages(List<Page> pages) {
        List<TemplateModel.IndexItem> items = new ArrayList<>();
        for (Map.Entry<Integer, List<Postmortem>> e : archive.byYear().entrySet()) {
            TemplateModel.IndexItem item = item(String.valueOf(e.getKey()), SitePaths.year(e.getKey()), e.getValue());
            items.add(item);
            pages.add(page(SitePaths.year(e.getKey()), "year.ftlh", views.messages().format("year_title", e.getKey().toString()),
                    (page, site) -> new TemplateModel.YearPage(item.name(), item.url(), item.count(),
                            item.medianTimeToResolve(), months(e.getValue()), page, site),
                    Optional.empty()));
        }
        pages.add(page("years/index.html", "index.ftlh", views.messages().text("index_title_years"),
                (page, site) -> new TemplateModel.IndexPage("years", List.copyOf(items), page, site),
                Optional.empty()));
    }

    private TemplateModel.IndexItem item(String name, String url, List<Postmortem> postmortems) {
        return new TemplateModel.IndexItem(name, url, postmortems.size(), medianResolve(postmortems).orElse(null));
    }

    /** One year's postmortems grouped by the month they were published (the date their cards show), newest first. */
    private List<TemplateModel.Month> months(List<Postmortem> year) {
        Map<YearMonth, List<Postmortem>> months = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Postmortem p : year) {
            YearMonth month = YearMonth.from(p.published());
            months.computeIfAbsent(month, m -> new ArrayList<>()).add(p);
        }
        List<TemplateModel.Month> monthViews = new ArrayList<>();
        months.forEach((month, list) -> monthViews.add(new TemplateModel.Month(
                views.month(list.get(0).published()), month.toString(), cards(list))));
        return monthViews;
    }

    /**
     * Groups an index by output path, so names that make the same segment ({@code c++} and {@code c#}) share one
     * page, and its feeds.
     */
    static Map<String, Group> group(Map<String, List<Postmortem>> index, Function<String, String> path) {
        Map<String, Group> groups = new LinkedHashMap<>();
        index.forEach((name, list) -> groups.merge(path.apply(name), new Group(name, list), (a, b) -> {
            List<Postmortem> merged = new ArrayList<>(a.postmortems());
            java.util.Set<String> slugs = new java.util.HashSet<>();
            merged.forEach(p -> slugs.add(p.slug()));
            b.postmortems().stream().filter(p -> slugs.add(p.slug())).forEach(merged::add);
            merged.sort(Archive.NEWEST_FIRST);
            return new Group(a.name(), merged);
        }));
        return groups;
    }

    private List<TemplateModel.Card> cards(List<Postmortem> postmortems) {
        return postmortems.stream().map(views::card).toList();
    }

    private Optional<TemplateModel.DurationView> medianResolve(List<Postmortem> postmortems) {
        return Durations.median(postmortems.stream().flatMap(p -> resolveTimes.computeIfAbsent(p.slug(),
                slug -> p.incident().timeToResolve()).stream()).toList()).map(views::duration);
    }

    private Page page(String path, String template, String title,
            BiFunction<TemplateModel.PageInfo, TemplateModel.Site, Record> content,
            Optional<java.nio.file.Path> source) {
        Feeds.Feed own = feedsByPage.get(path);
        TemplateModel.PageFeeds feeds = own == null || path.equals(SitePaths.home(1)) ? null
                : new TemplateModel.PageFeeds(own.title(), own.rssPath(), own.atomPath(), FeedFormat.RSS.mediaType(),
                        FeedFormat.ATOM.mediaType());
        TemplateModel.PageInfo pageInfo = new TemplateModel.PageInfo(path, root(path), title,
                settings.baseUrl().map(url -> url + "/" + path).orElse(null), feeds);
        return new Page(path, template, () -> content.apply(pageInfo, site), source);
    }

    /**
     * The prefix of every link on the page at {@code path}. The 404 page is served at any depth (a server answers a
     * missing /a/b/c with it), so its links start from baseUrl's path when a base URL is set; without one they stay
     * relative and a small script on the page finds the root (see layout.ftlh).
     */
    private String root(String path) {
        if (path.equals("404.html") && settings.baseUrl().isPresent()) {
            String basePath = java.net.URI.create(settings.baseUrl().get()).getRawPath();
            return basePath == null || basePath.isEmpty() ? "/" : basePath.endsWith("/") ? basePath : basePath + "/";
        }
        return SitePaths.root(path);
    }
}
