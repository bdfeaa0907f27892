package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.internal.Problems;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;

/**
 * Finds HTML comments that are opened and never closed, which hide what the author wrote after them.
 *
 * <p>Markdown (CommonMark) takes a block that starts with {@code <!--} as raw HTML up to the line holding
 * {@code -->}, or to the end of the list item, quote or file when there is none: the headings, lists and
 * paragraphs after an unclosed comment are not read, so a postmortem loses its sections, and where raw HTML is
 * allowed a browser hides all of it. A raw HTML block such as {@code <details>} that opens a comment without
 * closing it ends at its blank line as Markdown goes, but in the browser the comment runs on over the rest of the
 * page; that matters only where raw HTML is allowed, since pm escapes comments otherwise.
 */
final class UnclosedComments {

    private static final String OPEN = "<!--";

    private UnclosedComments() {
    }

    /**
     * Reports each unclosed comment of {@code document} as an error at its {@code <!--}.
     *
     * @param body the text {@code document} was parsed from
     * @param rawHtml whether raw HTML reaches the page as written
     */
    static void report(Document document, String body, LineIndex lines, boolean rawHtml, Problems problems) {
        if (!body.contains(OPEN)) {
            return;
        }
        for (Node node : document.getDescendants()) {
            boolean commentBlock = node instanceof HtmlCommentBlock;
            if (!commentBlock && !(rawHtml && node instanceof HtmlBlock)) {
                continue;
            }
            String html = node.getChars().toString();
            int open = unclosed(html);
            if (open < 0) {
                continue;
            }
            int end = lines.at(Math.max(node.getStartOffset(), node.getEndOffset() - 1)).line();
            String effect = commentBlock
                    ? "everything up to line " + end + " is inside it: not read as Markdown (its headings start no"
                            + " section)" + (rawHtml ? " and hidden from readers" : " and shown as raw text")
                    : "in the browser it hides the rest of the page after line " + end;
            problems.error(lines.at(node.getStartOffset() + open), ReadRule.UNCLOSED_COMMENT,
                    "this HTML comment is never closed, so " + effect + ": end it with '-->' where it should stop");
        }
    }

    /**
     * Where in {@code html} a comment opens that nothing closes, or -1. A comment ends at the first {@code -->}
     * (or {@code --!>}) after its opening, as browsers read it; {@code <!-->} and {@code <!--->} are empty
     * comments, closed at once.
     */
    static int unclosed(String html) {
        int from = 0;
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
