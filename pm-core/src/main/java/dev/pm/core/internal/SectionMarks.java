package dev.pm.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comments reading leaves in a section's HTML where it cannot finish the page itself, and the one place that
 * knows their form: a task's status word, which is in the page's language, and the place after an action item's
 * words where its owner, due date, done date, type and ticket go. Reading writes them; the site's
 * {@code SectionHtml} replaces them, for pm's own pages and for anything else that shows a postmortem. Not API:
 * their form may change in any release.
 */
public final class SectionMarks {

    /** What every mark starts with, so that HTML without any is passed over without a regex. */
    private static final String MARK_START = "<!--pm-";
    private static final String STATUS_START = "<!--pm-status:";
    private static final Pattern STATUS = Pattern.compile("<!--pm-status:(done|open)-->");
    private static final Pattern ACTION = Pattern.compile("<!--pm-action:(\\d{1,9})-->");

    /**
     * A stretch of a section's HTML, and the index of the action item (in the Remedy's list) whose details
     * follow it, or {@link #NO_ACTION} on the last stretch.
     */
    public record Stretch(String html, int action) {
    }

    /** The action index of the stretch that no action item's details follow. */
    public static final int NO_ACTION = -1;

    private SectionMarks() {
    }

    /** The mark that stands for a task's status word, done or open. */
    public static String status(boolean done) {
        return STATUS_START + (done ? "done" : "open") + "-->";
    }

    /** The mark that stands where the {@code index}th action item's details go. */
    public static String actionDetails(int index) {
        return "<!--pm-action:" + index + "-->";
    }

    /** Whether {@code html} holds any mark: most HTML, every section but those with tasks, holds none. */
    public static boolean anyIn(String html) {
        return html.contains(MARK_START);
    }

    /**
     * {@code html} written by an author (raw HTML, which pm passes through when it is allowed) with a space after
     * every {@code <!--} that opens as a mark does, so that no author's comment is ever read as one: an HTML
     * comment shows nothing, and the author's words stay in it.
     */
    public static String defused(String html) {
        return html.replace(MARK_START, "<!-- pm-");
    }

    /** {@code html} with each status mark replaced by {@code doneWord} or {@code openWord}, which are HTML. */
    public static String withStatusWords(String html, String doneWord, String openWord) {
        if (!html.contains(STATUS_START)) {
            return html;
        }
        return STATUS.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).equals("done") ? doneWord : openWord));
    }

    /**
     * {@code html} cut where each action item's details go, the marks left out: the last stretch is followed by
     * none. Status marks stay as they are.
     */
    public static List<Stretch> cutAtActions(String html) {
        List<Stretch> stretches = new ArrayList<>();
        Matcher m = ACTION.matcher(html);
        int at = 0;
        while (m.find()) {
            stretches.add(new Stretch(html.substring(at, m.start()), Integer.parseInt(m.group(1))));
            at = m.end();
        }
        stretches.add(new Stretch(html.substring(at), NO_ACTION));
        return List.copyOf(stretches);
    }
}
