package dev.pm.core.site.internal;

import java.util.List;
import java.util.Map;

/**
 * The data model templates receive, in one place: the contract of a theme. Each page's root is one of the
 * {@code *Page} records below; every root but {@link FeedItemPage} also holds {@code page} and {@code site}.
 *
 * <p>Templates read record components as properties ({@code ${postmortem.title}}), because {@link Templates}
 * wraps records with {@link RecordWrapper}; component names are the variable names themes use, and a record shows
 * templates nothing but its components.
 * Values are strings, numbers, booleans, lists, {@code extra}'s map, or records below. HTML values are named
 * {@code html} and are the only ones templates print without escaping.
 *
 * <p>An absent value is a {@code null} component, which FreeMarker treats like a missing variable: templates test
 * it with {@code ??}. Only the components documented as "absent when" may be {@code null}; lists are empty, never
 * absent. The class and its records are public only because FreeMarker reads public members of public classes.
 */
public final class TemplateModel {

    private TemplateModel() {
    }

    /**
     * The {@code site} variable, the same for every page.
     *
     * @param baseUrl absent when no base URL is set
     * @param internal whether the build is for the internal audience
     * @param drafts whether drafts are included
     * @param feeds absent when no base URL is set (feeds need absolute links)
     * @param severities the scale's levels, worst first, with what each means: the severity legend
     */
    public record Site(String title, String description, String language, String organisation, String baseUrl,
            String timeZone, boolean internal, boolean drafts, int postmortemCount, SiteFeeds feeds,
            List<SeverityView> severities) {
    }

    /** The archive's feeds: paths relative to the site root, and their media types. */
    public record SiteFeeds(String rss, String atom, String json, String rssType, String atomType, String jsonType) {
    }

    /**
     * The {@code page} variable.
     *
     * @param path where the page is, relative to the site root
     * @param root {@code ""} or a run of {@code ../}: the prefix of every link
     * @param canonical absent when no base URL is set
     * @param feeds the feeds of a tag or service page; absent on other pages and without a base URL
     */
    public record PageInfo(String path, String root, String title, String canonical, PageFeeds feeds) {
    }

    /** A tag's or service's feeds: paths relative to the site root, and their media types. */
    public record PageFeeds(String title, String rss, String atom, String rssType, String atomType) {
    }

    /** A moment, shown in the site's time zone: {@code date} in the site's date format, {@code month} as "March"
            + " 2026". */
    public record Instant(String iso, String date, String time, String month) {
    }

    /** A calendar day: ISO-8601 and in the site's date format. */
    public record Day(String iso, String text) {
    }

    /** A duration: {@code iso} ({@code PT47M}), {@code text} ({@code 47 min}) and whole {@code minutes}. */
    public record DurationView(String iso, String text, long minutes) {
    }

    /**
     * A postmortem's severity, with the URL of its listing and what it means to readers: the scale's
     * configured description ({@code pm.severities} entry {@code SEV1=...}), else the theme's for its rank.
     */
    public record SeverityView(String label, int rank, String url, String description) {
    }

    /** A tag or a service, with the URL of its listing. */
    public record Link(String name, String url) {
    }

    /**
     * A postmortem as listed on home, tag, service, severity and year pages.
     *
     * @param summary absent when the postmortem has none
     * @param timeToResolve absent while the incident is not resolved
     */
    public record Card(String slug, String url, String title, Day published, SeverityView severity, List<Link> services,
            List<Link> tags, String summary, DurationView timeToResolve, Instant start, boolean draft,
            boolean internal, long openActions, long doneActions) {
    }

    /**
     * Everything the postmortem page and a feed item show: the components of {@link Card}, then the rest.
     *
     * @param updated absent when never updated
     * @param impact absent when not given
     * @param regret absent without a Regret section
     * @param reason absent without a Reason section
     * @param remedy absent without a Remedy section
     * @param related the declared related postmortems, then the most similar ones
     * @param previous the next older postmortem; absent on the oldest
     * @param next the next newer postmortem; absent on the newest
     * @param extra the front matter pm does not know
     * @param front every front-matter field pm knows, as written, by its name in {@code FrontMatter}: a field added
     *     to the model appears here with no other change (see {@code FrontMatterView})
     */
    public record PostmortemView(String slug, String url, String title, Day published, SeverityView severity,
            List<Link> services, List<Link> tags, String summary, DurationView timeToResolve, Instant start,
            boolean draft, boolean internal, long openActions, long doneActions, Day updated, String impact,
            List<String> authors, Incident incident, SectionView regret, ReasonView reason, RemedyView remedy,
            List<SectionView> otherSections, List<Card> related, Card previous, Card next, Map<String, Object> extra,
            Map<String, Object> front) {
    }

    /** The incident's times; each one but {@code start} is absent when the front matter does not give it. */
    public record Incident(Instant start, Instant detected, Instant mitigated, Instant resolved, DurationView timeToDetect,
            DurationView timeToMitigate, DurationView timeToResolve) {
    }

    /**
     * A section: {@code kind} is its kind in lower case with hyphens ({@code other}, {@code timeline}, ...);
     * {@code id} is its heading's id, which links written for the Markdown file point to (empty without a heading).
     */
    public record SectionView(String kind, String title, String id, String html, boolean internal) {
    }

    /**
     * A Reason sub-section; {@code timeline} is absent except on a timeline with entries. A timeline's {@code html}
     * shows its entries where the author wrote them, each time in a {@code <time>} element; {@code timeline} holds
     * them as data.
     */
    public record ReasonPart(String kind, String title, String id, String html, boolean internal,
            List<TimelineEntryView> timeline) {
    }

    /** One timeline entry: an instant with the entry's HTML. */
    public record TimelineEntryView(String iso, String date, String time, String month, String html) {
    }

    /** The Reason section, with its sub-sections. */
    public record ReasonView(String kind, String title, String id, String html, boolean internal,
            List<ReasonPart> sections) {
    }

    /**
     * The Remedy section, with its action items. {@code html} is the section as written, each action item in its
     * place; {@code pieces} is the same HTML cut after each action item's words, so that a template shows the
     * item's owner, due date and ticket there: {@code action} is absent on the last piece.
     */
    public record RemedyView(String kind, String title, String id, String html, boolean internal,
            List<ActionView> actions, List<RemedyPiece> pieces) {
    }

    /** Part of the Remedy's HTML, then the action item whose words it ends with (absent on the last piece). */
    public record RemedyPiece(String html, ActionView action) {
    }

    /**
     * An action item.
     *
     * @param owner absent when nobody owns it
     * @param due absent without a due date
     * @param doneOn absent unless done on a given day
     * @param type the type's label; absent when not given
     * @param ticket absent without a ticket
     */
    public record ActionView(String html, String text, boolean done, String owner, Day due, Day doneOn, String type,
            Ticket ticket) {
    }

    /** A ticket; {@code url} is absent when the ticket is not a link and no ticket URL pattern is set. */
    public record Ticket(String id, String url) {
    }

    /**
     * An open action item on the remedy tracker: the components of {@link ActionView}, then its postmortem.
     *
     * @param overdueDays absent unless the build has a reference day and the item is overdue on it
     */
    public record OpenActionView(String html, String text, boolean done, String owner, Day due, Day doneOn, String type,
            Ticket ticket, PostmortemLink postmortem, Long overdueDays) {
    }

    /** The postmortem an open action item belongs to. */
    public record PostmortemLink(String title, String url) {
    }

    /** The open action items of one owner; {@code id} is the anchor of the group. */
    public record OwnerGroup(String name, String id, List<OpenActionView> items) {
    }

    /**
     * The home page's figures.
     *
     * @param lastYearCount incidents in the twelve months up to the newest one; absent in an empty archive
     * @param lastYearUntil the start of the newest incident; absent in an empty archive
     * @param medianTimeToResolve absent when no incident is resolved
     */
    public record Headline(int total, Long lastYearCount, Instant lastYearUntil, DurationView medianTimeToResolve) {
    }

    /** Where a home page is among all of them; {@code previousUrl} and {@code nextUrl} are absent at the ends. */
    public record Pagination(int current, int total, String previousUrl, String nextUrl) {
    }

    /** A tag, service, severity or year on an index page; {@code medianTimeToResolve} is absent when none resolved. */
    public record IndexItem(String name, String url, int count, DurationView medianTimeToResolve) {
    }

    /** A month of a year page; {@code iso} is {@code 2026-03}. */
    public record Month(String name, String iso, List<Card> entries) {
    }

    /** {@code home.ftlh}. */
    public record HomePage(Headline headline, Pagination pagination, List<Card> entries, PageInfo page, Site site) {
    }

    /** {@code postmortem.ftlh}. */
    public record PostmortemPage(PostmortemView postmortem, PageInfo page, Site site) {
    }

    /** {@code feed-item.ftlh}: the HTML of one feed item, rendered without a page. */
    public record FeedItemPage(PostmortemView postmortem, Site site) {
    }

    /** {@code index.ftlh}: {@code kind} is {@code tags}, {@code services}, {@code severity} or {@code years}. */
    public record IndexPage(String kind, List<IndexItem> items, PageInfo page, Site site) {
    }

    /** {@code listing.ftlh}: one tag, service or severity; {@code singular} is "Tag", "Service" or "Severity". */
    public record ListingPage(String name, String url, int count, DurationView medianTimeToResolve, String kind,
            String singular, List<Card> entries, PageInfo page, Site site) {
    }

    /** {@code year.ftlh}. */
    public record YearPage(String name, String url, int count, DurationView medianTimeToResolve, List<Month> months,
            PageInfo page, Site site) {
    }

    /**
     * {@code stats.ftlh}: the chart geometry in SVG units, made by {@link Charts}.
     *
     * @param total the number of postmortems
     */
    public record StatsPage(int total, Map<String, Object> perQuarter, Map<String, Object> resolveTime,
            Map<String, Object> perService, PageInfo page, Site site) {
    }

    /**
     * {@code actions.ftlh}, the remedy tracker.
     *
     * @param postmortemCount the number of postmortems with open items
     * @param today the build's reference day; absent without one
     * @param overdueCount absent without a reference day
     */
    public record ActionsPage(List<OwnerGroup> owners, int openCount, long doneCount, long postmortemCount, Day today,
            Long overdueCount, PageInfo page, Site site) {
    }

    /**
     * {@code search.ftlh}: the search page. The filters' choices, and every postmortem of the build, which the page
     * lists for readers without JavaScript; {@code search.js} searches the index under {@code search/}.
     */
    public record SearchPage(List<String> severities, List<String> services, List<Integer> years,
            List<Card> entries, PageInfo page, Site site) {
    }

    /** {@code sitemap.ftlx}: the absolute URL of every HTML page but the 404 page, sorted. */
    public record SitemapPage(List<String> urls, PageInfo page, Site site) {
    }

    /** {@code 404.ftlh} and {@code robots.ftl}: nothing but the page and the site. */
    public record PlainPage(PageInfo page, Site site) {
    }
}
