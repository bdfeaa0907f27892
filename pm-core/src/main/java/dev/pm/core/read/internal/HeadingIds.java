package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warns about heading ids that break links on the page. pm gives every heading an id from its words and numbers
 * repeats ({@code details}, {@code details-1}); an id the author writes with {@code {#...}} is kept as written, and
 * Flexmark does not count it when it numbers the others. So a written id can be another heading's too, hold a
 * space (no HTML id can), or be one of the ids pm gives the page's own parts ({@code pm_main}) or footnotes
 * ({@code fn-1}); and words can make the id a repeat was numbered to ({@code ### Details 1} after two
 * {@code ### Details}). A link to such an id reaches the wrong element or none, and the page is not valid HTML. The
 * id is left as written, since the author's links use it; the warning says which heading to change.
 */
final class HeadingIds {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");
    /** How many other headings with the same id a warning names. */
    private static final int NAMED_AT_MOST = 3;
    /** The prefix of the ids of the layout and of the postmortem page's own parts. */
    private static final String PAGE_PREFIX = "pm_";

    private HeadingIds() {
    }

    /**
     * Reports the written ids among {@code headings} (rendered, in the file's order) that cannot be written so, and
     * each id two headings share, once, at the last written one of them.
     */
    static void report(List<Heading> headings, LineIndex lines, Problems problems) {
        Map<String, List<Heading>> byId = new LinkedHashMap<>();
        for (Heading heading : headings) {
            String id = heading.getAnchorRefId();
            if (id == null || id.isEmpty()) {
                continue;
            }
            byId.computeIfAbsent(id, key -> new ArrayList<>()).add(heading);
            if (heading.isExplicitAnchorRefId()) {
                reportWritten(heading, id, lines, problems);
            }
        }
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                reportShared(id, same, lines, problems);
            }
        });
    }

    private static void reportWritten(Heading heading, String id, LineIndex lines, Problems problems) {
        if (WHITE_SPACE.matcher(id).find()) {
            problems.warning(where(heading, lines), ReadRule.HEADING_ID, "the id '" + id + "' holds a space, which"
                    + " an HTML id cannot: write it with '-' instead, such as '" + WHITE_SPACE.matcher(id.strip())
                    .replaceAll("-") + "'");
        } else if (id.startsWith(PAGE_PREFIX)) {
            problems.warning(where(heading, lines), ReadRule.HEADING_ID, "the id '" + id + "' starts with '"
                    + PAGE_PREFIX + "', which pm keeps for the ids of the page's own parts: choose another");
        } else if (FOOTNOTE_ID.matcher(id).matches()) {
            problems.warning(where(heading, lines), ReadRule.HEADING_ID, "the id '" + id + "' is of the form pm"
                    + " gives footnotes and their references (fn-1, fnref-1): choose another");
        }
    }

    private static void reportShared(String id, List<Heading> same, LineIndex lines, Problems problems) {
        Heading reported = same.stream().filter(Heading::isExplicitAnchorRefId).reduce((first, second) -> second)
                .orElse(same.get(same.size() - 1));
        List<Heading> others = same.stream().filter(heading -> heading != reported).toList();
        // A few are enough to find them; a file can give thousands of headings one id.
        String named = others.stream().limit(NAMED_AT_MOST)
                .map(heading -> "'" + Outline.headingText(heading) + "' on line "
                        + lines.at(heading.getStartOffset()).line()
                        + (heading.isExplicitAnchorRefId() ? "" : " (made from its words)"))
                .collect(Collectors.joining(", "))
                + (others.size() > NAMED_AT_MOST ? String.format(Locale.ROOT, " and %,d more",
                        others.size() - NAMED_AT_MOST) : "");
        problems.warning(where(reported, lines), ReadRule.HEADING_ID, "the id '" + id + "' is also the id of the"
                + " heading " + named + ": a link to #" + id + " reaches only the first; "
                + (reported.isExplicitAnchorRefId() ? "write another id in this heading's braces"
                        : "give this heading an id of its own, such as {#" + id + "-2}, after its words"));
    }

    /** The braces the id is written in, or the heading when its id is made from its words. */
    private static Position where(Heading heading, LineIndex lines) {
        Node attributes = heading.getChildOfType(AttributesNode.class);
        return lines.at(attributes == null ? heading.getStartOffset() : attributes.getStartOffset());
    }
}
