package dev.pm.core.site.internal;

import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.site.SiteSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the model into the plain maps and lists templates receive (the data model documented in the README).
 * Every value is a string, number, boolean, list or map; HTML values end in {@code Html} and are the only ones
 * templates print without escaping.
 */
final class Views {

    private static final int RELATED_LIMIT = 5;

    private final SiteSettings settings;
    private final Archive archive;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter monthFormat;
    private final Map<String, Integer> positions = new HashMap<>();
    private final RelatedIndex related;
    private final Map<String, Map<String, Object>> cards = new ConcurrentHashMap<>();

    Views(SiteSettings settings, Archive archive) {
        this.settings = settings;
        this.archive = archive;
        Locale locale = settings.locale();
        this.dayFormat = DateTimeFormatter.ofPattern(settings.dateFormat(), locale);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        this.monthFormat = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
        for (int i = 0; i < archive.postmortems().size(); i++) {
            positions.put(archive.postmortems().get(i).slug(), i);
        }
        this.related = new RelatedIndex(archive, positions);
    }

    Map<String, Object> site() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("description", settings.description());
        site.put("language", settings.language());
        site.put("organisation", settings.organisation());
        settings.baseUrl().ifPresent(url -> site.put("baseUrl", url));
        site.put("timeZone", settings.zone().getId());
        site.put("internal", settings.audience() == Audience.INTERNAL);
        site.put("drafts", settings.includeDrafts());
        site.put("postmortemCount", archive.postmortems().size());
        if (settings.baseUrl().isPresent()) {
            site.put("feeds", Map.of("rss", "feed.xml", "atom", "atom.xml", "json", "feed.json"));
        }
        return site;
    }

    /** What a listing shows of a postmortem. */
    /**
     * A postmortem as listed on home, tag, service, severity and year pages. Made once per postmortem and
     * shared, read-only, by every page that lists it: a postmortem appears on half a dozen listings.
     */
    Map<String, Object> card(Postmortem p) {
        return cards.computeIfAbsent(p.slug(), slug -> Collections.unmodifiableMap(newCard(p)));
    }

    private Map<String, Object> newCard(Postmortem p) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("slug", p.slug());
        card.put("url", SitePaths.postmortem(p.slug()));
        card.put("title", p.title());
        card.put("published", day(p.published()));
        card.put("severity", severity(p));
        card.put("services", links(p.services(), SitePaths::service));
        card.put("tags", links(p.tags(), SitePaths::tag));
        p.summary().ifPresent(s -> card.put("summary", s));
        p.incident().timeToResolve().ifPresent(d -> card.put("timeToResolve", duration(d)));
        card.put("start", instant(p.incident().start()));
        card.put("draft", p.isDraft());
        card.put("internal", p.isInternal());
        long open = p.remedy().map(r -> r.openCount()).orElse(0L);
        long done = p.remedy().map(r -> r.doneCount()).orElse(0L);
        card.put("openActions", open);
        card.put("doneActions", done);
        return card;
    }

    /** Everything the postmortem page shows. */
    Map<String, Object> full(Postmortem p) {
        Map<String, Object> view = new LinkedHashMap<>(card(p));
        p.updated().ifPresent(d -> view.put("updated", day(d)));
        p.impact().ifPresent(i -> view.put("impact", i));
        view.put("authors", p.authors());
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("start", instant(p.incident().start()));
        p.incident().detected().ifPresent(t -> incident.put("detected", instant(t)));
        p.incident().mitigated().ifPresent(t -> incident.put("mitigated", instant(t)));
        p.incident().resolved().ifPresent(t -> incident.put("resolved", instant(t)));
        p.incident().timeToDetect().ifPresent(d -> incident.put("timeToDetect", duration(d)));
        p.incident().timeToMitigate().ifPresent(d -> incident.put("timeToMitigate", duration(d)));
        p.incident().timeToResolve().ifPresent(d -> incident.put("timeToResolve", duration(d)));
        view.put("incident", incident);
        p.regret().ifPresent(r -> view.put("regret", section(r.section())));
        p.reason().ifPresent(r -> {
            Map<String, Object> reason = section(r.section());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (Section s : r.subsections()) {
                Map<String, Object> part = section(s);
                if (s.kind() == SectionKind.TIMELINE && !r.timeline().isEmpty()) {
                    part.put("timeline", r.timeline().stream().map(e -> {
                        Map<String, Object> entry = instant(e.at());
                        entry.put("html", e.html());
                        return entry;
                    }).toList());
                }
                parts.add(part);
            }
            reason.put("sections", parts);
            view.put("reason", reason);
        });
        p.remedy().ifPresent(r -> {
            Map<String, Object> remedy = section(r.section());
            remedy.put("actions", r.actions().stream().map(this::action).toList());
            view.put("remedy", remedy);
        });
        view.put("otherSections", p.otherSections().stream().map(this::section).toList());
        view.put("related", related(p).stream().map(this::card).toList());
        Integer index = positions.get(p.slug());
        if (index != null && index + 1 < archive.postmortems().size()) {
            view.put("previous", card(archive.postmortems().get(index + 1)));
        }
        if (index != null && index > 0) {
            view.put("next", card(archive.postmortems().get(index - 1)));
        }
        view.put("extra", p.extra());
        return view;
    }

    Map<String, Object> instant(OffsetDateTime time) {
        ZonedDateTime local = time.atZoneSameInstant(settings.zone());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("iso", time.toInstant().toString());
        view.put("date", dayFormat.format(local));
        view.put("time", timeFormat.format(local));
        view.put("month", monthFormat.format(local));
        return view;
    }

    Map<String, Object> day(LocalDate date) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("iso", date.toString());
        view.put("text", dayFormat.format(date));
        return view;
    }

    static Map<String, Object> duration(Duration duration) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("iso", duration.toString());
        view.put("text", Durations.human(duration));
        view.put("minutes", duration.toMinutes());
        return view;
    }

    private Map<String, Object> severity(Postmortem p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("label", p.severity().label());
        view.put("rank", p.severity().rank());
        view.put("url", SitePaths.severity(p.severity().label()));
        return view;
    }

    private Map<String, Object> section(Section s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        view.put("title", s.title());
        view.put("html", s.html());
        view.put("internal", s.internal());
        return view;
    }

    Map<String, Object> action(ActionItem a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("html", a.html());
        view.put("text", a.text());
        view.put("done", a.done());
        a.owner().ifPresent(o -> view.put("owner", o));
        a.due().ifPresent(d -> view.put("due", day(d)));
        a.doneOn().ifPresent(d -> view.put("doneOn", day(d)));
        a.type().ifPresent(t -> view.put("type", t.label()));
        a.ticket().ifPresent(t -> {
            Map<String, Object> ticket = new LinkedHashMap<>();
            ticket.put("id", t);
            ticketUrl(t).ifPresent(url -> ticket.put("url", url));
            view.put("ticket", ticket);
        });
        return view;
    }

    private Optional<String> ticketUrl(String ticket) {
        String lower = ticket.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return Optional.of(ticket);
        }
        return settings.ticketUrlPattern()
                .map(pattern -> pattern.replace("{id}", URLEncoder.encode(ticket, StandardCharsets.UTF_8)));
    }

    private static List<Map<String, Object>> links(List<String> names, java.util.function.Function<String, String> url) {
        return names.stream().map(name -> {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("name", name);
            link.put("url", url.apply(name));
            return link;
        }).toList();
    }

    /** The declared related postmortems, then those sharing most services and tags, newest first. */
    List<Postmortem> related(Postmortem p) {
        return related.related(p, RELATED_LIMIT);
    }

}
