package dev.pm.core.site;

import dev.pm.core.RunContext;
import dev.pm.core.internal.SectionMarks;
import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.Section;
import dev.pm.core.site.internal.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A postmortem's HTML as a page shows it, in one language: the one way to finish what reading leaves unfinished,
 * for pm's own site and for anything else that shows postmortems (pm-jbake).
 *
 * <p>Reading cannot write two things, because they belong to the page: a task's status word ({@code Done},
 * {@code Erledigt}), in {@code <span class="status">}, and, in the Remedy, an action item's details (owner, due
 * date, done date, type, ticket) after its words. It leaves a place for each in {@link Section#html()} and the
 * other HTML of the model; what stands there is no API and may change in any release, so HTML from the model goes
 * through this class before it reaches a page. The words are those of pm's theme ({@code messages*.properties}),
 * the same keys pm's site shows: {@code action_done}, {@code action_open}, {@code action_owner},
 * {@code action_due}, {@code action_done_on}, {@code action_type} and {@code action_ticket}.
 *
 * <p>Local links are another matter: {@link dev.pm.core.model.Bundle#resolve} writes their URLs, before or after
 * this class.
 */
public final class SectionHtml {

    private final MessageBundle messages;

    private SectionHtml(MessageBundle messages) {
        this.messages = messages;
    }

    /**
     * The words of pm's bundled theme in {@code languageTag} (BCP 47, {@code de}, {@code fr-CA}), English for a
     * language it does not have.
     *
     * @throws IllegalArgumentException when {@code languageTag} names no language
     */
    public static SectionHtml inLanguage(String languageTag) {
        return new SectionHtml(Messages.load(RunContext.defaults().withLanguage(languageTag).locale(),
                Optional.empty()).bundle());
    }

    /**
     * The words a site with {@code settings} shows: its language's, with its theme folder's messages first.
     *
     * @throws IllegalArgumentException holding each problem of the theme folder's messages files at its line,
     *     when they have any: a site with them is not rendered either
     */
    public static SectionHtml of(SiteSettings settings) {
        Messages messages = Messages.load(settings.locale(), settings.themeDirectory());
        if (!messages.problems().isEmpty()) {
            throw new IllegalArgumentException(messages.problems().stream()
                    .map(problem -> problem.format(Path.of(""))).collect(Collectors.joining("\n")));
        }
        return of(messages.bundle());
    }

    /** The words of {@code messages}, a bundle with pm's theme's keys (a site's, as its theme gives them). */
    public static SectionHtml of(MessageBundle messages) {
        return new SectionHtml(messages);
    }

    /**
     * {@code html} (a section's, a timeline entry's, a factor's) as a page shows it: each task's status word
     * written, and, should it hold any, the places of action items' details left out.
     */
    public String section(String html) {
        if (!SectionMarks.anyIn(html)) {
            return html;
        }
        return join(pieces(html));
    }

    /**
     * The Remedy's {@code html} ({@link Remedy#section()}'s) as a page shows it, each action item with its details
     * after its words: {@code <span class="action-meta">}, holding a {@code <span>} for each of owner, due date,
     * done date, type and ticket it has, the days as ISO dates in {@code <time datetime>}, nothing for an item
     * with none.
     *
     * @param actions the Remedy's {@link Remedy#actions()}, whose details go in
     */
    public String remedy(String html, List<ActionItem> actions) {
        if (!SectionMarks.anyIn(html)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        for (Piece piece : pieces(html)) {
            out.append(piece.html());
            piece.action().ifPresent(index -> {
                if (index < actions.size()) {
                    out.append(details(actions.get(index)));
                }
            });
        }
        return out.toString();
    }

    /**
     * {@code html} as a page shows it, cut where each action item's details go, for a template that writes them
     * itself (pm's theme does): the pieces' HTML joined is {@link #section(String)}'s answer.
     */
    public List<Piece> pieces(String html) {
        String done = escape(messages.text("action_done"));
        String open = escape(messages.text("action_open"));
        List<Piece> pieces = new ArrayList<>();
        for (SectionMarks.Stretch stretch : SectionMarks.cutAtActions(html)) {
            OptionalInt action = stretch.action() == SectionMarks.NO_ACTION ? OptionalInt.empty()
                    : OptionalInt.of(stretch.action());
            pieces.add(new Piece(SectionMarks.withStatusWords(stretch.html(), done, open), action));
        }
        return List.copyOf(pieces);
    }

    /**
     * Part of a section's HTML, as a page shows it, and the action item whose details follow it.
     *
     * @param action the index in {@link Remedy#actions()} of the action item whose words {@code html} ends with;
     *        empty on the last piece
     */
    public record Piece(String html, OptionalInt action) {
    }

    private static String join(List<Piece> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0).html();
        }
        StringBuilder out = new StringBuilder();
        pieces.forEach(piece -> out.append(piece.html()));
        return out.toString();
    }

    private String details(ActionItem a) {
        StringBuilder details = new StringBuilder();
        a.owner().ifPresent(owner -> span(details, escape(messages.format("action_owner", owner))));
        a.due().ifPresent(day -> span(details, withHtml("action_due", time(day))));
        a.doneOn().ifPresent(day -> span(details, withHtml("action_done_on", time(day))));
        a.type().ifPresent(type -> span(details, escape(messages.format("action_type", type.label()))));
        a.ticket().ifPresent(ticket -> span(details, escape(messages.text("action_ticket")) + " " + escape(ticket)));
        return details.isEmpty() ? "" : " <span class=\"action-meta\">" + details + "</span>";
    }

    private static void span(StringBuilder details, String html) {
        details.append("<span>").append(html).append("</span>");
    }

    /** The message {@code key}, escaped, with {@code html} where its {@code {0}} is. */
    private String withHtml(String key, String html) {
        return escape(messages.text(key)).replace("{0}", html);
    }

    private static String time(LocalDate day) {
        return "<time datetime=\"" + day + "\">" + day + "</time>";
    }

    /**
     * Text escaped for an element's content. Quotes too: an owner or ticket written {@code href="pm-local:3"} is
     * the author's text, not a local link for the bundle to resolve.
     */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
