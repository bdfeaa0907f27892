package dev.pm.jbake;

import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Factor;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.LocalLink;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Section;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.site.SectionHtml;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jbake.model.DocumentModel;

/**
 * The document a postmortem becomes in JBake: JBake's own keys ({@code title}, {@code date}, {@code type},
 * {@code status}, {@code tags}, {@code body}) and everything pm knows under keys that start with {@code pm_}.
 * Values are strings, numbers, booleans, lists and maps of those, so that JBake's content store keeps them as
 * they are and every template engine reads them.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><td>{@code pm_slug}</td><td>the postmortem's slug</td></tr>
 * <tr><td>{@code pm_severity}, {@code pm_severity_rank}</td><td>severity label (SEV1...) and rank (1 = worst)</td></tr>
 * <tr><td>{@code pm_summary}, {@code pm_impact}</td><td>text, absent when not given</td></tr>
 * <tr><td>{@code pm_services}, {@code pm_authors}, {@code pm_related}</td><td>lists of strings</td></tr>
 * <tr><td>{@code pm_published}, {@code pm_updated}, {@code pm_year}</td><td>ISO dates, the year of publication</td></tr>
 * <tr><td>{@code pm_incident_start}, {@code pm_incident_detected}, {@code pm_incident_mitigated},
 *   {@code pm_incident_resolved}</td><td>ISO date-times in {@code pm.timezone}; the last three may be absent</td></tr>
 * <tr><td>{@code pm_incident_start_text}, ...</td><td>the same as {@code 2026-03-12 10:14}</td></tr>
 * <tr><td>{@code pm_time_to_detect}, {@code pm_time_to_mitigate}, {@code pm_time_to_resolve}</td>
 *   <td>durations as text ({@code 47 min}); {@code ..._minutes} as numbers; {@code ..._iso} as ISO 8601</td></tr>
 * <tr><td>{@code pm_regret}, {@code pm_reason}, {@code pm_remedy}</td><td>the three R's as HTML, as written,
 *   their headings left to the template, which shows {@code pm_regret_title} and the others: the Reason with each subsection as a {@code <section class="part part-KIND">}
 *   under its {@code <h3>} (KIND is {@code summary}, {@code timeline}, {@code contributing-factors}, ...), the
 *   timeline as written with each recognised time marked {@code <time datetime>}; the Remedy with its action items
 *   where the author wrote them, each a {@code <li class="action done|open">} holding its status word and, after its
 *   words, its owner, due date, done date, type and ticket ({@code <span class="action-meta">}), in the words of
 *   pm's theme in {@code pm.language}, as pm-core's {@link SectionHtml} writes them</td></tr>
 * <tr><td>{@code pm_regret_title}, {@code pm_reason_title}, {@code pm_remedy_title}</td><td>the headings the
 *   author gave the three R's ("We're sorry", "What happened"), or the part's name where it has none</td></tr>
 * <tr><td>{@code pm_regret_id}, {@code pm_reason_id}, {@code pm_remedy_id}</td><td>the ids of those headings,
 *   which links written for the Markdown file point to ({@code #regret}); empty where the part has no heading.
 *   The headings in {@code pm_reason}, {@code pm_other} and {@code body} carry theirs</td></tr>
 * <tr><td>{@code pm_regret_first_paragraph}</td><td>the apology's first paragraph, plain text</td></tr>
 * <tr><td>{@code pm_other}</td><td>sections that are none of the three R's, as HTML with their headings</td></tr>
 * <tr><td>{@code pm_actions}</td><td>the action items as data (they are in {@code pm_remedy} already), list of
 *   maps: {@code text}, {@code html}, {@code done}, and when given {@code owner}, {@code due}, {@code done_on},
 *   {@code ticket}, {@code type}</td></tr>
 * <tr><td>{@code pm_actions_open}, {@code pm_actions_done}</td><td>counts</td></tr>
 * <tr><td>{@code pm_factors}</td><td>contributing factors as data, list of HTML strings</td></tr>
 * <tr><td>{@code pm_timeline}</td><td>the recognised timeline entries as data, list of maps: {@code at} (ISO, in
 *   {@code pm.timezone}), {@code at_text}, {@code html} (the entry without its time)</td></tr>
 * </table>
 *
 * <p>The {@code body}, for JBake's own templates, is the sections in that order with their headings: the same HTML
 * as {@code pm_regret}, {@code pm_reason}, {@code pm_remedy} and {@code pm_other}, so every word the author wrote
 * is on the page, in the author's order, inside its section. Sections marked internal never reach the model.
 */
final class PostmortemModel {

    static final String TYPE = "postmortem";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The document's keys whose values are (or hold, as "html") HTML that reading left marks and links in. */
    private static final Set<String> HTML_KEYS = Set.of("body", "pm_regret", "pm_reason", "pm_factors",
            "pm_timeline", "pm_remedy", "pm_actions", "pm_other");

    private PostmortemModel() {
    }

    /**
     * The document of {@code full}, times shown in {@code zone}, its HTML finished by {@code sectionHtml}: each
     * task's status word and each action item's details in the site's language, as pm's own site writes them.
     */
    static DocumentModel of(Postmortem full, ZoneId zone, SectionHtml sectionHtml) {
        Postmortem p = full.withoutInternalSections();
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setType(TYPE);
        doc.setStatus("published");
        doc.setTitle(p.title());
        doc.setDate(Date.from(p.published().atStartOfDay(zone).toInstant()));
        doc.setTags(p.tags().toArray(String[]::new));

        doc.put("pm_slug", p.slug());
        doc.put("pm_severity", p.severity().label());
        doc.put("pm_severity_rank", p.severity().rank());
        p.summary().ifPresent(s -> doc.put("pm_summary", s));
        p.impact().ifPresent(s -> doc.put("pm_impact", s));
        doc.put("pm_services", new ArrayList<>(p.services()));
        doc.put("pm_authors", new ArrayList<>(p.authors()));
        doc.put("pm_related", new ArrayList<>(p.front().related()));
        doc.put("pm_published", p.published().toString());
        doc.put("pm_year", String.valueOf(p.published().getYear()));
        p.updated().ifPresent(d -> doc.put("pm_updated", d.toString()));

        IncidentWindow window = p.incident();
        moment(doc, "pm_incident_start", Optional.of(window.start()), zone);
        moment(doc, "pm_incident_detected", window.detected(), zone);
        moment(doc, "pm_incident_mitigated", window.mitigated(), zone);
        moment(doc, "pm_incident_resolved", window.resolved(), zone);
        duration(doc, "pm_time_to_detect", window.timeToDetect());
        duration(doc, "pm_time_to_mitigate", window.timeToMitigate());
        duration(doc, "pm_time_to_resolve", window.timeToResolve());

        StringBuilder body = new StringBuilder();
        p.regret().ifPresent(r -> {
            doc.put("pm_regret", r.section().html());
            doc.put("pm_regret_title", title(r.section(), "Regret"));
            doc.put("pm_regret_id", r.section().id());
            doc.put("pm_regret_first_paragraph", r.firstParagraph());
            body.append(heading(2, r.section())).append(r.section().html());
        });
        p.reason().ifPresent(r -> {
            String html = reasonHtml(r);
            doc.put("pm_reason", html);
            doc.put("pm_reason_title", title(r.section(), "Reason"));
            doc.put("pm_reason_id", r.section().id());
            body.append(heading(2, r.section())).append(html);
            doc.put("pm_factors", new ArrayList<>(r.contributingFactors().stream().map(Factor::html).toList()));
            List<Map<String, Object>> timeline = new ArrayList<>();
            for (TimelineEntry e : r.timeline()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("at", e.at().atZoneSameInstant(zone).toOffsetDateTime().toString());
                entry.put("at_text", SHOWN.format(e.at().atZoneSameInstant(zone)));
                entry.put("html", e.html());
                timeline.add(entry);
            }
            doc.put("pm_timeline", timeline);
        });
        p.remedy().ifPresent(r -> {
            String html = sectionHtml.remedy(r.section().html(), r.actions());
            doc.put("pm_remedy", html);
            doc.put("pm_remedy_title", title(r.section(), "Remedy"));
            doc.put("pm_remedy_id", r.section().id());
            List<Map<String, Object>> actions = new ArrayList<>();
            for (ActionItem a : r.actions()) {
                Map<String, Object> action = new LinkedHashMap<>();
                action.put("text", a.text());
                action.put("html", a.html());
                action.put("done", a.done());
                a.owner().ifPresent(o -> action.put("owner", o));
                a.due().ifPresent(d -> action.put("due", d.toString()));
                a.doneOn().ifPresent(d -> action.put("done_on", d.toString()));
                a.ticket().ifPresent(t -> action.put("ticket", t));
                a.type().ifPresent(t -> action.put("type", t.label()));
                actions.add(action);
            }
            doc.put("pm_actions", actions);
            doc.put("pm_actions_open", r.openCount());
            doc.put("pm_actions_done", r.doneCount());
            body.append(heading(2, r.section())).append(html);
        });
        StringBuilder other = new StringBuilder();
        for (Section s : p.otherSections()) {
            other.append(heading(2, s)).append(s.html());
        }
        doc.put("pm_other", other.toString());
        body.append(other);
        doc.setBody(body.toString());
        // Reading leaves a placeholder where a local link's URL goes, and leaves task status words to the page:
        // JBake gets the URL its author wrote and the words in the site's language. Only HTML holds them: a plain
        // text (a title, a summary, an action's words or owner) is the author's as written, even one that looks
        // like a mark.
        doc.replaceAll((key, value) -> HTML_KEYS.contains(key) ? finished(p, value, sectionHtml) : value);
        return doc;
    }

    private static Object finished(Postmortem p, Object value, SectionHtml sectionHtml) {
        if (value instanceof String html) {
            return sectionHtml.section(p.bundle().resolve(html, LocalLink::written));
        }
        if (value instanceof List<?> list) {
            List<Object> finished = new ArrayList<>();
            list.forEach(item -> finished.add(finished(p, item, sectionHtml)));
            return finished;
        }
        if (value instanceof Map<?, ?> map) {
            // a timeline entry or an action item: its "html" is HTML, the rest plain values
            Map<Object, Object> finished = new LinkedHashMap<>(map);
            finished.computeIfPresent("html", (k, v) -> finished(p, v, sectionHtml));
            return finished;
        }
        return value;
    }

    /**
     * The Reason as written: its own text, then each subsection in a {@code <section>} of its kind under its
     * heading, as pm's own theme shows them. The timeline's HTML already has each recognised time marked
     * {@code <time datetime>} where the author wrote it, with every other block around the entries.
     */
    private static String reasonHtml(Reason reason) {
        StringBuilder html = new StringBuilder(reason.section().html());
        for (Section s : reason.subsections()) {
            html.append("<section class=\"part part-").append(kind(s)).append("\">\n").append(heading(3, s))
                    .append(s.html()).append("</section>\n");
        }
        return html.toString();
    }

    /** A section kind as pm's theme names its class: {@code contributing-factors}. */
    private static String kind(Section s) {
        return s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The heading the author gave the part ("We're sorry", "What happened"), or the part's name. */
    private static String title(Section s, String part) {
        return s.title() == null || s.title().isEmpty() ? part : s.title();
    }

    private static String heading(int level, Section s) {
        if (s.title() == null || s.title().isEmpty()) {
            return "";
        }
        String id = s.id().isEmpty() ? "" : " id=\"" + escape(s.id()) + "\"";
        return "<h" + level + id + ">" + escape(s.title()) + "</h" + level + ">\n";
    }

    private static void moment(DocumentModel doc, String key, Optional<OffsetDateTime> at, ZoneId zone) {
        at.ifPresent(t -> {
            OffsetDateTime shown = t.atZoneSameInstant(zone).toOffsetDateTime();
            doc.put(key, shown.toString());
            doc.put(key + "_text", SHOWN.format(shown));
        });
    }

    private static void duration(DocumentModel doc, String key, Optional<Duration> duration) {
        duration.ifPresent(d -> {
            doc.put(key, text(d));
            doc.put(key + "_minutes", d.toMinutes());
            doc.put(key + "_iso", d.toString());
        });
    }

    /** {@code 47 min}, {@code 2 h 5 min}, {@code 3 d 4 h}. */
    static String text(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return mins + " min";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
