package dev.pm.core.read.internal;

import dev.pm.core.internal.Problems;
import dev.pm.core.read.ReadRule;
import java.util.Optional;

/** Splits a source file into its header (YAML or JBake) and its Markdown body. */
final class SourceSplitter {

    enum HeaderSyntax { YAML, JBAKE }

    /**
     * A split file.
     *
     * @param syntax the header's syntax
     * @param header the header's text, without its delimiters
     * @param headerFirstLine the 1-based line the header's text starts on
     * @param body the Markdown body
     * @param bodyFirstLine the 1-based line the body starts on
     */
    record Split(HeaderSyntax syntax, String header, int headerFirstLine, String body, int bodyFirstLine) {
    }

    private static final String JBAKE_END = "~~~~~~";

    private SourceSplitter() {
    }

    /**
     * Splits {@code text} (LF line endings); reports a missing or unclosed header. Lines are found in place: the
     * header and the body are each one copy of the file's text.
     */
    static Optional<Split> split(String text, Problems problems) {
        int firstEnd = lineEnd(text, 0);
        if (isLine(text, 0, firstEnd, "---")) {
            int headerStart = firstEnd + 1;
            int index = 1;
            for (int start = headerStart; start <= text.length(); start = lineEnd(text, start) + 1, index++) {
                int end = lineEnd(text, start);
                if (isLine(text, start, end, "---") || isLine(text, start, end, "...")) {
                    return Optional.of(new Split(HeaderSyntax.YAML, between(text, headerStart, start), 2,
                            after(text, end), index + 2));
                }
            }
            problems.error(1, 1, ReadRule.FRONT_MATTER, "the front matter opened on line 1 is never closed: add a line"
                    + " '---' after the last front-matter key");
            return Optional.empty();
        }
        int index = 0;
        for (int start = 0; start <= text.length(); start = lineEnd(text, start) + 1, index++) {
            int end = lineEnd(text, start);
            if (isLine(text, start, end, JBAKE_END)) {
                return Optional.of(new Split(HeaderSyntax.JBAKE, between(text, 0, start), 1, after(text, end),
                        index + 2));
            }
        }
        problems.error(1, 1, ReadRule.FRONT_MATTER, "no front matter: start the file with a line '---', then keys"
                + " such as"
                + " 'title:', 'date:', 'incident:' and 'severity:', then a closing '---'");
        return Optional.empty();
    }

    /** Where the line starting at {@code start} ends: its line feed, or the end of the text. */
    private static int lineEnd(String text, int start) {
        int feed = text.indexOf('\n', start);
        return feed < 0 ? text.length() : feed;
    }

    /** Whether the line from {@code start} to {@code end} is {@code marker}, give or take white space. */
    private static boolean isLine(String text, int start, int end, String marker) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == marker.length() && text.startsWith(marker, from);
    }

    /** The lines from the one starting at {@code from} to the one before the line starting at {@code next}. */
    private static String between(String text, int from, int next) {
        return next > from ? text.substring(from, next - 1) : "";
    }

    /** The lines after the line ending at {@code end}. */
    private static String after(String text, int end) {
        return end < text.length() ? text.substring(end + 1) : "";
    }
}
