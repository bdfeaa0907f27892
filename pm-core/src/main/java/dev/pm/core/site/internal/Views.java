package dev.pm.core.site.internal;

import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.site.SectionHtml;
import dev.pm.core.site.SiteSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the model into the records templates receive, documented in {@link TemplateModel}. */
final class Views {

    private static final int RELATED_LIMIT = 5;

    private final SiteSettings settings;
    private final Archive archive;
    private final Messages messages;
    /** Finishes the model's HTML for the page, in the words of the same theme messages as {@link #messages}. */
    private final SectionHtml sectionHtml;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter monthFormat;
    private final Map<String, Integer> positions = new HashMap<>();
    private final RelatedIndex related;
    private final Map<String, RememberedCard> cards = new ConcurrentHashMap<>();
    private final Optional<String> absoluteBase;
    private final Map<java.nio.file.Path, String> slugsBySource = new HashMap<>();
    /** The views this build made or took again, by slug; kept in {@link #memory} by {@link #remember()}. */
    private final Map<String, Remembered> viewsNow = new ConcurrentHashMap<>();
    /** The last build's views, empty when what links resolve against has changed since. */
    private final Map<String, Remembered> viewsBefore;
    /** The last build's cards. */
    private final Map<String, RememberedCard> cardsBefore;
    /** What decides related postmortems in this build, kept only with a memory. */
    private final List<RelatedInput> relatedInputs;
    /** The related postmortems' slugs this build found, by slug, and the last build's when they are the same. */
    private final Map<String, List<String>> relatedNow = new ConcurrentHashMap<>();
    private final Map<String, List<String>> relatedBefore;
    private final Optional<Memory> memory;

    /**
     * The views of the postmortems of the last build of a long-lived engine (pm:serve), so that a rebuild after
     * one edit does not make ten thousand postmortem views again, nor compare them to the last ones field by field
     * to find them unchanged. A view is taken again when its postmortem, the postmortems before and after it, its
     * related ones and every postmortem's slug and file are the same objects and values as then: nothing else
     * of the archive goes into it, and the settings, messages and templates are the engine's own.
     */
    static final class Memory {
        private volatile Map<java.nio.file.Path, String> slugsBySource = Map.of();
        private volatile Map<String, Remembered> views = Map.of();
        private volatile Map<String, RememberedCard> cards = Map.of();
        private volatile List<RelatedInput> relatedInputs = List.of();
        private volatile Map<String, List<String>> related = Map.of();
    }

    /**
     * What one postmortem gives the choice of related postmortems; in archive order, the whole list decides every
     * postmortem's related ones, so while it is equal to the last build's, so are they.
     */
    private record RelatedInput(String slug, List<String> services, List<String> tags, List<String> declared) {
    }

    /**
     * A postmortem's card and the postmortem it was made from: nothing else goes into a card, and listings that
     * get the same card objects as the last build are found unchanged without comparing their cards field by field.
     */
    private record RememberedCard(Postmortem postmortem, TemplateModel.Card card) {
    }

    /** One postmortem's view and what it was made from besides the postmortem. */
    private record Remembered(Postmortem postmortem, Postmortem previous, Postmortem next, List<Postmortem> related,
            TemplateModel.PostmortemView view) {

        boolean madeFrom(Postmortem p, Postmortem before, Postmortem after, List<Postmortem> alike) {
            if (postmortem != p || previous != before || next != after || related.size() != alike.size()) {
                return false;
            }
            for (int i = 0; i < alike.size(); i++) {
                if (related.get(i) != alike.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Views that take again, from {@code memory} if any, what the last build made from the same postmortems. */
    Views(SiteSettings settings, SiteWords words, Archive archive, Optional<Memory> memory) {
        this(settings, words, archive, false, memory);
    }

    /**
     * Views taking again from {@code memory}, if any, what the last build made.
     *
     * @param absolute whether local links become absolute URLs under the base URL (for feeds) rather than relative
     *        to the page (for the site's own pages)
     */
    Views(SiteSettings settings, SiteWords words, Archive archive, boolean absolute, Optional<Memory> memory) {
        this.settings = settings;
        this.archive = archive;
        this.absoluteBase = absolute ? Optional.of(settings.baseUrl().orElseThrow() + "/") : Optional.empty();
        for (Postmortem p : archive.postmortems()) {
            slugsBySource.put(p.source().toAbsolutePath().normalize(), p.slug());
        }
        Locale locale = settings.locale();
        this.messages = words.messages();
        this.sectionHtml = words.sections();
        // Without a date format, the locale's long date: 12 March 2026, 12. März 2026, 2026年3月12日.
        this.dayFormat = settings.dateFormat().isBlank() ? longDate(locale)
                : DateTimeFormatter.ofPattern(settings.dateFormat(), locale);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        this.monthFormat = DateTimeFormatter.ofPattern(messages.text("date.month_pattern"), locale);
        for (int i = 0; i < archive.postmortems().size(); i++) {
            positions.put(archive.postmortems().get(i).slug(), i);
        }
        this.related = new RelatedIndex(archive, positions);
        this.memory = memory;
        this.viewsBefore = memory.filter(m -> slugsBySource.equals(m.slugsBySource)).map(m -> m.views)
                .orElse(Map.of());
        this.cardsBefore = memory.map(m -> m.cards).orElse(Map.of());
        this.relatedInputs = memory.isEmpty() ? List.of() : archive.postmortems().stream().map(p -> new RelatedInput(
                p.slug(), p.services(), p.tags(), p.front().related())).toList();
        this.relatedBefore = memory.filter(m -> relatedInputs.equals(m.relatedInputs)).map(m -> m.related)
                .orElse(Map.of());
    }

    /** Keeps this build's views in the memory it was made with, for the next build. */
    void remember() {
        memory.ifPresent(m -> {
            m.slugsBySource = Map.copyOf(slugsBySource);
            m.views = Map.copyOf(viewsNow);
            m.cards = Map.copyOf(cards);
            m.relatedInputs = relatedInputs;
            m.related = Map.copyOf(relatedNow);
        });
    }

    TemplateModel.Site site() {
        TemplateModel.SiteFeeds feeds = settings.baseUrl().isEmpty() ? null : new TemplateModel.SiteFeeds(
                FeedFormat.RSS.archiveFile(), FeedFormat.ATOM.archiveFile(), FeedFormat.JSON.archiveFile(),
                FeedFormat.RSS.mediaType(), FeedFormat.ATOM.mediaType(), FeedFormat.JSON.mediaType());
        return new TemplateModel.Site(settings.title(), settings.description(), settings.language(),
                settings.organisation(), settings.baseUrl().orElse(null), settings.zone().getId(),
                settings.audience() == Audience.INTERNAL, settings.includeDrafts(), archive.postmortems().size(),
                feeds, settings.context().severityScale().levels().stream().map(this::severity).toList());
    }

    /**
     * A postmortem as listed on home, tag, service, severity and year pages. Made once per postmortem and
     * shared, read-only, by every page that lists it: a postmortem appears on half a dozen listings.
     */
    TemplateModel.Card card(Postmortem p) {
        return cards.computeIfAbsent(p.slug(), slug -> {
            RememberedCard before = cardsBefore.get(slug);
            return before != null && before.postmortem() == p ? before : new RememberedCard(p, newCard(p));
        }).card();
    }

    private TemplateModel.Card newCard(Postmortem p) {
        return new TemplateModel.Card(p.slug(), SitePaths.postmortem(p.slug()), p.title(), day(p.published()),
                severity(p), links(p.services(), SitePaths::service), links(p.tags(), SitePaths::tag),
                p.summary().orElse(null), p.incident().timeToResolve().map(this::duration).orElse(null),
                instant(p.incident().start()), p.isDraft(), p.isInternal(),
                p.remedy().map(r -> r.openCount()).orElse(0L), p.remedy().map(r -> r.doneCount()).orElse(0L));
    }

    /** Everything the postmortem page shows. */
    TemplateModel.PostmortemView full(Postmortem p) {
        Integer index = positions.get(p.slug());
        Postmortem previous = index != null && index + 1 < archive.postmortems().size()
                ? archive.postmortems().get(index + 1) : null;
        Postmortem next = index != null && index > 0 ? archive.postmortems().get(index - 1) : null;
        List<Postmortem> alike = related(p);
        Remembered before = viewsBefore.get(p.slug());
        TemplateModel.PostmortemView view = before != null && before.madeFrom(p, previous, next, alike)
                ? before.view() : full(p, previous, next, alike);
        if (memory.isPresent()) {
            viewsNow.put(p.slug(), new Remembered(p, previous, next, alike, view));
        }
        return view;
    }

    private TemplateModel.PostmortemView full(Postmortem p, Postmortem previous, Postmortem next,
            List<Postmortem> alike) {
        Function<String, String> localised = html -> sectionHtml.section(resolved(p, SitePaths.postmortem(p.slug()),
                html));
        TemplateModel.Card card = card(p);
        TemplateModel.Incident incident = new TemplateModel.Incident(instant(p.incident().start()),
                p.incident().detected().map(this::instant).orElse(null),
                p.incident().mitigated().map(this::instant).orElse(null),
                p.incident().resolved().map(this::instant).orElse(null),
                p.incident().timeToDetect().map(this::duration).orElse(null),
                p.incident().timeToMitigate().map(this::duration).orElse(null),
                p.incident().timeToResolve().map(this::duration).orElse(null));
        TemplateModel.ReasonView reason = p.reason().map(r -> {
            List<TemplateModel.ReasonPart> parts = new ArrayList<>();
            for (Section s : r.subsections()) {
                List<TemplateModel.TimelineEntryView> timeline = null;
                if (s.kind() == SectionKind.TIMELINE && !r.timeline().isEmpty()) {
                    timeline = r.timeline().stream().map(e -> {
                        TemplateModel.Instant at = instant(e.at());
                        return new TemplateModel.TimelineEntryView(at.iso(), at.date(), at.time(), at.month(),
                                localised.apply(e.html()));
                    }).toList();
                }
                parts.add(new TemplateModel.ReasonPart(kind(s), s.title(), s.id(), localised.apply(s.html()),
                        s.internal(), timeline));
            }
            Section s = r.section();
            return new TemplateModel.ReasonView(kind(s), s.title(), s.id(), localised.apply(s.html()), s.internal(),
                    List.copyOf(parts));
        }).orElse(null);
        TemplateModel.RemedyView remedy = p.remedy().map(r -> {
            Section s = r.section();
            List<TemplateModel.ActionView> actions = r.actions().stream()
                    .map(a -> action(a, p, SitePaths.postmortem(p.slug()))).toList();
            List<SectionHtml.Piece> cut = sectionHtml.pieces(resolved(p, SitePaths.postmortem(p.slug()), s.html()));
            String html = cut.stream().map(SectionHtml.Piece::html).collect(Collectors.joining());
            return new TemplateModel.RemedyView(kind(s), s.title(), s.id(), html, s.internal(), actions,
                    pieces(cut, actions));
        }).orElse(null);
        return new TemplateModel.PostmortemView(card.slug(), card.url(), card.title(), card.published(),
                card.severity(), card.services(), card.tags(), card.summary(), card.timeToResolve(), card.start(),
                card.draft(), card.internal(), card.openActions(), card.doneActions(),
                p.updated().map(this::day).orElse(null), p.impact().orElse(null), p.authors(), incident,
                p.regret().map(r -> section(r.section(), localised)).orElse(null), reason, remedy,
                p.otherSections().stream().map(s -> section(s, localised)).toList(),
                alike.stream().map(this::card).toList(), previous == null ? null : card(previous),
                next == null ? null : card(next), p.extra(),
                FrontMatterView.of(p.front()));
    }

    /** The Remedy's HTML, cut where each action item's owner, due date and ticket go, with those actions. */
    private static List<TemplateModel.RemedyPiece> pieces(List<SectionHtml.Piece> cut,
            List<TemplateModel.ActionView> actions) {
        return cut.stream().map(piece -> new TemplateModel.RemedyPiece(piece.html(),
                piece.action().isPresent() && piece.action().getAsInt() < actions.size()
                        ? actions.get(piece.action().getAsInt()) : null)).toList();
    }

    /**
     * The locale's long date, as {@code DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)} writes it, with its
     * pattern looked up once: the localized formatter builds a cache key and looks the pattern up for every date
     * it writes (2 % of all that a build of 10,000 postmortems allocated).
     */
    static DateTimeFormatter longDate(Locale locale) {
        return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, locale), locale);
    }

    TemplateModel.Instant instant(OffsetDateTime time) {
        ZonedDateTime local = time.atZoneSameInstant(settings.zone());
        return new TemplateModel.Instant(time.toInstant().toString(), dayFormat.format(local),
                timeFormat.format(local), monthFormat.format(local));
    }

    /** A month's name in the site's language, as year pages head their groups. */
    String month(LocalDate date) {
        return monthFormat.format(date);
    }

    TemplateModel.Day day(LocalDate date) {
        return new TemplateModel.Day(date.toString(), dayFormat.format(date));
    }

    TemplateModel.DurationView duration(Duration duration) {
        return duration(duration, messages);
    }

    static TemplateModel.DurationView duration(Duration duration, Messages messages) {
        return new TemplateModel.DurationView(duration.toString(), messages.duration(duration), duration.toMinutes());
    }

    Messages messages() {
        return messages;
    }

    private TemplateModel.SeverityView severity(Postmortem p) {
        return severity(p.severity());
    }

    /** A level of the scale as templates show it, with what it means. */
    TemplateModel.SeverityView severity(dev.pm.core.model.Severity s) {
        String key = "severity_meaning_" + s.rank();
        String description = settings.context().severityScale().description(s)
                .orElse(messages.has(key) ? messages.text(key) : "");
        return new TemplateModel.SeverityView(s.label(), s.rank(), SitePaths.severity(s.label()), description);
    }

    private TemplateModel.SectionView section(Section s, Function<String, String> localised) {
        return new TemplateModel.SectionView(kind(s), s.title(), s.id(), localised.apply(s.html()),
                s.internal());
    }

    /**
     * {@code html} of {@code p} with each local link's URL written in: a file published with the page, or another
     * postmortem's page; relative to {@code fromPage}, or absolute in a feed. A link to a postmortem this site (or
     * feed) does not show is left as its words: its {@code .md} URL would lead nowhere, and the engine reports it
     * ({@link UnpublishedLinks}).
     */
    String resolved(Postmortem p, String fromPage, String html) {
        return p.bundle().resolveOrUnlink(html, link -> {
            String path;
            if (link.toPostmortem()) {
                String slug = slugsBySource.get(link.file());
                if (slug == null) {
                    return Optional.empty();
                }
                path = SitePaths.postmortem(slug);
            } else {
                path = SitePaths.bundleFile(p.slug(), link.bundlePath().orElseThrow(), true);
            }
            String fragment = link.fragment().isEmpty() ? "" : "#" + link.fragment();
            return Optional.of(absoluteBase.map(base -> base + path).orElseGet(() -> SitePaths.relative(fromPage,
                    path)) + fragment);
        });
    }

    /** A section's kind as templates name it in CSS classes: {@code CONTRIBUTING_FACTORS} is {@code contributing-factors}. */
    private static String kind(Section s) {
        return s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An action item of {@code p}, shown on the page at {@code fromPage}. */
    TemplateModel.ActionView action(ActionItem a, Postmortem p, String fromPage) {
        return new TemplateModel.ActionView(resolved(p, fromPage, a.html()), a.text(), a.done(), a.owner().orElse(null),
                a.due().map(this::day).orElse(null), a.doneOn().map(this::day).orElse(null),
                a.type().map(t -> t.label()).orElse(null),
                a.ticket().map(t -> new TemplateModel.Ticket(t, ticketUrl(t).orElse(null))).orElse(null));
    }

    private Optional<String> ticketUrl(String ticket) {
        String lower = ticket.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return Optional.of(ticket);
        }
        return settings.ticketUrlPattern()
                .map(pattern -> pattern.replace("{id}", URLEncoder.encode(ticket, StandardCharsets.UTF_8)));
    }

    private static List<TemplateModel.Link> links(List<String> names, Function<String, String> url) {
        return names.stream().map(name -> new TemplateModel.Link(name, url.apply(name))).toList();
    }

    /** The declared related postmortems, then those sharing most services and tags, newest first. */
    List<Postmortem> related(Postmortem p) {
        List<String> known = relatedBefore.get(p.slug());
        List<Postmortem> found = known != null
                ? known.stream().map(slug -> archive.postmortems().get(positions.get(slug))).toList()
                : related.related(p, RELATED_LIMIT);
        if (memory.isPresent()) {
            relatedNow.put(p.slug(), found.stream().map(Postmortem::slug).toList());
        }
        return found;
    }

}
