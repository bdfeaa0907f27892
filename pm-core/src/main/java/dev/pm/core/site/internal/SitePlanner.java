package dev.pm.core.site.internal;

import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Severity;
import dev.pm.core.site.SiteSettings;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/** Decides which pages the site has and what each one shows. */
final class SitePlanner {

    /** Postmortems grouped under one page, with the name shown for the group. */
    private record Group(String name, List<Postmortem> postmortems) {
    }

    private final SiteSettings settings;
    private final Archive archive;
    private final Views views;
    /** The {@code site} variable, the same for every page. */
    private final Map<String, Object> site;
    private final Map<String, Feeds.Feed> feedsByPage = new LinkedHashMap<>();

    /**
     * @param archive the postmortems this build shows
     * @param feeds the feeds of the public archive, empty without a base URL
     */
    SitePlanner(SiteSettings settings, Archive archive, List<Feeds.Feed> feeds) {
        this.settings = settings;
        this.archive = archive;
        this.views = new Views(settings, archive);
        this.site = java.util.Collections.unmodifiableMap(views.site());
        feeds.forEach(feed -> feedsByPage.putIfAbsent(feed.pagePath(), feed));
    }

    List<Page> plan() {
        List<Page> pages = new ArrayList<>();
        homePages(pages);
        for (Postmortem p : archive.postmortems()) {
            pages.add(page(SitePaths.postmortem(p.slug()), "postmortem.ftlh", p.title(),
                    () -> model("postmortem", views.full(p)), Optional.of(p.source())));
        }
        indexPages(pages, "tags", "Tags", group(archive.byTag(), SitePaths::tag), "Tag");
        indexPages(pages, "services", "Services", group(archive.byService(), SitePaths::service), "Service");
        Map<String, Group> severities = new LinkedHashMap<>();
        for (Map.Entry<Severity, List<Postmortem>> e : archive.bySeverity().entrySet()) {
            severities.put(SitePaths.severity(e.getKey().label()), new Group(e.getKey().label(), e.getValue()));
        }
        indexPages(pages, "severity", "Severity", severities, "Severity");
        yearPages(pages);
        pages.add(page("stats.html", "stats.ftlh", "Statistics", this::stats, Optional.empty()));
        pages.add(page("actions.html", "actions.ftlh", "Open action items",
                () -> new RemedyTracker(settings, archive, views).model(), Optional.empty()));
        pages.add(page("404.html", "404.ftlh", "Page not found", LinkedHashMap::new, Optional.empty()));
        pages.add(page("robots.txt", "robots.ftl", "robots.txt", LinkedHashMap::new, Optional.empty()));
        if (settings.baseUrl().isPresent()) {
            List<String> urls = pages.stream().filter(pg -> pg.path().endsWith(".html") && !pg.path().equals("404.html"))
                    .map(pg -> settings.baseUrl().get() + "/" + pg.path()).sorted().toList();
            pages.add(page("sitemap.xml", "sitemap.ftlx", "Sitemap", () -> model("urls", urls), Optional.empty()));
        }
        return pages;
    }

    private Map<String, Object> stats() {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Postmortem> all = archive.postmortems();
        List<Severity> scale = archive.bySeverity().keySet().stream().sorted(java.util.Comparator.comparingInt(
                Severity::rank)).toList();
        model.put("total", all.size());
        model.put("perQuarter", Charts.incidentsPerQuarter(all, settings.zone(), scale));
        model.put("resolveTime", Charts.resolveTimePerQuarter(all, settings.zone()));
        model.put("perService", Charts.incidentsPerService(archive.byService()));
        return model;
    }

    private void homePages(List<Page> pages) {
        List<Postmortem> all = archive.postmortems();
        int pageCount = Math.max(1, (all.size() + settings.pageSize() - 1) / settings.pageSize());
        Map<String, Object> headline = headline();
        for (int number = 1; number <= pageCount; number++) {
            List<Postmortem> slice = all.subList(Math.min(all.size(), (number - 1) * settings.pageSize()),
                    Math.min(all.size(), number * settings.pageSize()));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("headline", headline);
            Map<String, Object> pagination = new LinkedHashMap<>();
            pagination.put("current", number);
            pagination.put("total", pageCount);
            if (number > 1) {
                pagination.put("previousUrl", SitePaths.home(number - 1));
            }
            if (number < pageCount) {
                pagination.put("nextUrl", SitePaths.home(number + 1));
            }
            model.put("pagination", pagination);
            String title = number == 1 ? settings.title() : settings.title() + " (page " + number + ")";
            pages.add(page(SitePaths.home(number), "home.ftlh", title, () -> {
                Map<String, Object> full = new LinkedHashMap<>(model);
                full.put("entries", cards(slice));
                return full;
            }, Optional.empty()));
        }
    }

    /** Incidents in the twelve months up to the archive's newest one, and the median time to resolve. */
    private Map<String, Object> headline() {
        Map<String, Object> headline = new LinkedHashMap<>();
        Optional<OffsetDateTime> newest = archive.postmortems().stream().map(p -> p.incident().start())
                .max(OffsetDateTime::compareTo);
        headline.put("total", archive.postmortems().size());
        newest.ifPresent(latest -> {
            OffsetDateTime from = latest.minusMonths(12);
            headline.put("lastYearCount", archive.postmortems().stream()
                    .filter(p -> p.incident().start().isAfter(from)).count());
            headline.put("lastYearUntil", views.instant(latest));
        });
        medianResolve(archive.postmortems()).ifPresent(d -> headline.put("medianTimeToResolve",
                Views.duration(d)));
        return headline;
    }

    private void indexPages(List<Page> pages, String folder, String title, Map<String, Group> groups,
            String singular) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group group = e.getValue();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", group.name());
            item.put("url", e.getKey());
            item.put("count", group.postmortems().size());
            medianResolve(group.postmortems()).ifPresent(d -> item.put("medianTimeToResolve", Views.duration(d)));
            items.add(item);

            pages.add(page(e.getKey(), "listing.ftlh", singular + ": " + group.name(), () -> {
                Map<String, Object> model = new LinkedHashMap<>(item);
                model.put("kind", folder);
                model.put("singular", singular);
                model.put("entries", cards(group.postmortems()));
                return model;
            }, Optional.empty()));
        }
        pages.add(page(folder + "/index.html", "index.ftlh", title, () -> {
            Map<String, Object> model = model("kind", folder);
            model.put("items", items);
            return model;
        }, Optional.empty()));
    }

    private void yearPages(List<Page> pages) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map.Entry<Integer, List<Postmortem>> e : archive.byYear().entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", String.valueOf(e.getKey()));
            item.put("url", SitePaths.year(e.getKey()));
            item.put("count", e.getValue().size());
            medianResolve(e.getValue()).ifPresent(d -> item.put("medianTimeToResolve", Views.duration(d)));
            items.add(item);
            pages.add(page(SitePaths.year(e.getKey()), "year.ftlh", "Incidents in " + e.getKey(), () -> {
                Map<String, Object> model = new LinkedHashMap<>(item);
                model.put("months", months(e.getValue()));
                return model;
            }, Optional.empty()));
        }
        pages.add(page("years/index.html", "index.ftlh", "Years", () -> {
            Map<String, Object> model = model("kind", "years");
            model.put("items", items);
            return model;
        }, Optional.empty()));
    }

    /** One year's postmortems grouped by the month their incident started, newest month first. */
    private List<Map<String, Object>> months(List<Postmortem> year) {
        Map<YearMonth, List<Postmortem>> months = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Postmortem p : year) {
            YearMonth month = YearMonth.from(p.incident().start().atZoneSameInstant(settings.zone()));
            months.computeIfAbsent(month, m -> new ArrayList<>()).add(p);
        }
        List<Map<String, Object>> monthViews = new ArrayList<>();
        months.forEach((month, list) -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", views.instant(list.get(0).incident().start()).get("month"));
            view.put("iso", month.toString());
            view.put("entries", cards(list));
            monthViews.add(view);
        });
        return monthViews;
    }

    /** Groups an index by output path, so names that make the same segment share one page. */
    private static Map<String, Group> group(Map<String, List<Postmortem>> index, Function<String, String> path) {
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

    private List<Map<String, Object>> cards(List<Postmortem> postmortems) {
        return postmortems.stream().map(views::card).toList();
    }

    private static Optional<Duration> medianResolve(List<Postmortem> postmortems) {
        return Durations.median(postmortems.stream().flatMap(p -> p.incident().timeToResolve().stream()).toList());
    }

    private static Map<String, Object> model(String key, Object value) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(key, value);
        return model;
    }

    private Page page(String path, String template, String title, Supplier<Map<String, Object>> content,
            Optional<java.nio.file.Path> source) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("path", path);
        pageInfo.put("root", SitePaths.root(path));
        pageInfo.put("title", title);
        settings.baseUrl().ifPresent(url -> pageInfo.put("canonical", url + "/" + path));
        Feeds.Feed own = feedsByPage.get(path);
        if (own != null && !path.equals(SitePaths.home(1))) {
            pageInfo.put("feeds", Map.of("title", own.title(), "rss", own.rssPath(), "atom", own.atomPath()));
        }
        return new Page(path, template, () -> {
            Map<String, Object> model = new LinkedHashMap<>(content.get());
            model.put("page", pageInfo);
            model.put("site", site);
            return model;
        }, source);
    }
}
