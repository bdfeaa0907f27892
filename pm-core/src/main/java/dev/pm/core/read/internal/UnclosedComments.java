package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.internal.Problems;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds HTML comments that are opened and never closed, which hide what the author wrote after them. There are
 * two ways a comment can do that, and each is judged by the rules of what it hides from:
 *
 * <ul>
 * <li>Markdown (CommonMark) takes a block that starts with {@code <!--} as raw HTML up to the first line holding
 * {@code -->}, or to the end of the list item, quote or file when there is none: the headings, lists and
 * paragraphs after it are not read, so a postmortem loses its sections, whether raw HTML is allowed or not.</li>
 * <li>Where raw HTML is allowed, the browser reads the raw HTML of the whole body as one stream: a comment that
 * nothing after it closes ({@code -->} or {@code --!>}) hides the rest of the page. Escaped text closes nothing,
 * and pm escapes comments unless raw HTML is allowed.</li>
 * </ul>
 */
final class UnclosedComments {

    private static final String OPEN = "<!--";
    /** Raw text elements: a {@code <!--} in them is no comment. */
    private static final String[] RAW_TEXT = {"<script", "<style", "<textarea", "<title"};

    private UnclosedComments() {
    }

    /**
     * Reports an unclosed comment as an error at its {@code <!--}: each block comment Markdown reads to the end of
     * its container, and, where raw HTML reaches the page, the first comment the rest of the body does not close.
     *
     * @param body the text {@code document} was parsed from
     * @param rawHtml whether raw HTML reaches the page as written
     */
    static void report(Document document, String body, LineIndex lines, boolean rawHtml, Problems problems) {
        if (!body.contains(OPEN)) {
            return;
        }
        Set<Integer> reported = new HashSet<>();
        // Where the browser is in a comment that began in an earlier raw node, the offset of its '<!--'.
        int openSince = -1;
        for (Node node : document.getDescendants()) {
            boolean commentBlock = node instanceof HtmlCommentBlock;
            boolean streamed = rawHtml && isRawHtml(node);
            if (!commentBlock && !streamed) {
                continue;
            }
            String html = node.getChars().toString();
            if (commentBlock && !html.contains("-->")) {
                int at = node.getStartOffset() + html.indexOf(OPEN);
                int end = lines.at(Math.max(node.getStartOffset(), node.getEndOffset() - 1)).line();
                problems.error(lines.at(at), ReadRule.UNCLOSED_COMMENT, "this HTML comment is never closed, so"
                        + " everything after it up to line " + end + " is part of it: not read as Markdown (its"
                        + " headings start no section) and " + (rawHtml ? "hidden from readers" : "shown as raw text")
                        + "; end it with '-->' where it should stop");
                reported.add(at);
            }
            if (!streamed || rawText(html)) {
                continue;
            }
            int from = 0;
            if (openSince >= 0) {
                int close = closing(html, 0);
                if (close < 0) {
                    continue;
                }
                openSince = -1;
                from = close;
            }
            int open = unclosed(html, from);
            if (open >= 0) {
                openSince = node.getStartOffset() + open;
            }
        }
        if (openSince >= 0 && !reported.contains(openSince)) {
            problems.error(lines.at(openSince), ReadRule.UNCLOSED_COMMENT, "this HTML comment is never closed, so in"
                    + " the browser it hides everything after it on the page; end it with '-->' where it should stop");
        }
    }

    private static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInline || node instanceof HtmlInlineComment;
    }

    private static boolean rawText(String html) {
        String start = html.stripLeading().toLowerCase(Locale.ROOT);
        for (String element : RAW_TEXT) {
            if (start.startsWith(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where in {@code html}, from {@code from}, a comment opens that nothing in it closes, or -1. A comment ends at
     * the first {@code -->} (or {@code --!>}) after its opening, as browsers read it; {@code <!-->} and
     * {@code <!--->} are empty comments, closed at once.
     */
    static int unclosed(String html, int from) {
        while (true) {
            int open = html.indexOf(OPEN, from);
            if (open < 0) {
                return -1;
            }
            int inside = open + OPEN.length();
            if (html.startsWith(">", inside) || html.startsWith("->", inside)) {
                from = html.indexOf('>', inside) + 1;
                continue;
            }
            int close = closing(html, inside);
            if (close < 0) {
                return open;
            }
            from = close;
        }
    }

    /** The index just after the first {@code -->} or {@code --!>} from {@code from}, or -1. */
    private static int closing(String html, int from) {
        for (int dashes = html.indexOf("--", from); dashes >= 0; dashes = html.indexOf("--", dashes + 1)) {
            if (html.startsWith("-->", dashes)) {
                return dashes + 3;
            }
            if (html.startsWith("--!>", dashes)) {
                return dashes + 4;
            }
        }
        return -1;
    }
}
