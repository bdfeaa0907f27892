package dev.pm.core.read.internal;

import dev.pm.core.Position;
import java.util.Optional;

/**
 * Finds Markdown nested deeper than any postmortem needs, before Flexmark sees the body. Flexmark's parser and
 * renderer, and pm's own walks of its tree, recurse once per level of block quotes, list items, brackets and
 * strikethrough: a body nested a few thousand levels deep overflows the thread's stack. A thread's stack is
 * 1 MB by default and may be set smaller, so a limit must hold far below what overflows, not just below it.
 *
 * <p>The scan reads each line once, so it costs time in proportion to the body. It follows CommonMark's
 * container rules only as far as counting needs: block quote markers, list markers and list items kept open by
 * indentation; lines in fenced or indented code are not counted. It may undercount unusual layouts (lazy
 * continuation lines); whatever it misses still cannot crash the build, because a failure on one file is
 * reported as {@code internal-error} on that file.
 */
final class NestingScan {

    /**
     * The deepest nesting accepted: block quotes and list levels together, or brackets. markdown-it caps
     * nesting at 20 in its CommonMark preset and at 100 by default ({@code maxNesting}); 32 lies between, is
     * several times deeper than a readable postmortem goes (lists rarely pass four levels), and keeps every
     * recursion far from the stack's end.
     */
    static final int MAX_DEPTH = 32;

    /** A run of emphasis or strikethrough delimiters longer than this, followed by text, can open that many levels. */
    private static final int MAX_DELIMITER_RUN = 2 * MAX_DEPTH;

    /** Where nesting passed the limit, and a message saying what nested and how to fix it. */
    record TooDeep(Position at, String message) {
    }

    private NestingScan() {
    }

    static Optional<TooDeep> find(String body, int firstLine) {
        int[] listContentColumns = new int[MAX_DEPTH + 1];
        int openItems = 0;
        int bracketDepth = 0;
        char fence = 0;
        int fenceLength = 0;
        int lineNumber = firstLine;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(start, end);
            start = end + 1;
            int current = lineNumber++;
            if (line.isBlank()) {
                bracketDepth = 0;
                continue;
            }
            int first = firstContent(line);
            int firstColumn = column(line, first);
            while (openItems > 0 && listContentColumns[openItems - 1] > firstColumn) {
                openItems--;
            }
            int base = openItems == 0 ? 0 : listContentColumns[openItems - 1];
            int quotes = 0;
            int i = 0;
            if (fence == 0 && firstColumn - base < 4 && !isThematicBreak(line)) {
                while (i < line.length()) {
                    char c = line.charAt(i);
                    if (c == ' ' || c == '\t') {
                        i++;
                        continue;
                    }
                    int markerEnd = c == '>' ? i + 1 : listMarkerEnd(line, i);
                    if (markerEnd < 0) {
                        break;
                    }
                    if (c == '>') {
                        quotes++;
                    } else {
                        int contentColumn = column(line, markerEnd);
                        if (openItems == listContentColumns.length) {
                            return Optional.of(tooDeep(current, i + 1));
                        }
                        listContentColumns[openItems++] = contentColumn;
                    }
                    if (quotes + openItems > MAX_DEPTH) {
                        return Optional.of(tooDeep(current, i + 1));
                    }
                    i = markerEnd;
                }
            }
            int restStart = Math.min(i, line.length());
            String rest = line.substring(restStart);
            String stripped = rest.stripLeading();
            if (fence != 0) {
                String closing = stripQuoteMarkers(stripped);
                char mark = fence;
                if (isFence(closing, mark, fenceLength) && closing.strip().chars().allMatch(ch -> ch == mark)) {
                    fence = 0;
                }
                continue;
            }
            // Checked before a fence opens too: Flexmark reads a line of thousands of '~' before text as nested
            // strikethrough, although CommonMark would open a fence.
            Optional<TooDeep> inline = inline(rest, restStart, current, bracketDepth);
            if (inline.isPresent()) {
                return inline;
            }
            if (isFence(stripped, '`', 3) || isFence(stripped, '~', 3)) {
                fence = stripped.charAt(0);
                fenceLength = runLength(stripped, 0);
                continue;
            }
            bracketDepth = bracketsOpenAfter(rest, bracketDepth);
        }
        return Optional.empty();
    }

    /** Brackets open links and images, which nest; a long run of '*', '_' or '~' before text nests emphasis. */
    private static Optional<TooDeep> inline(String rest, int restStart, int lineNumber, int depth) {
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
                if (depth > MAX_DEPTH) {
                    return Optional.of(new TooDeep(new Position(lineNumber, restStart + k + 1),
                            "links or images are nested more than " + MAX_DEPTH + " deep ('[' inside '['): no"
                            + " postmortem needs that; close the brackets or remove the extra ones"));
                }
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '*' || c == '_' || c == '~') {
                int run = k;
                while (run < rest.length() && "*_~".indexOf(rest.charAt(run)) >= 0) {
                    run++;
                }
                if (run - k > MAX_DELIMITER_RUN && run < rest.length() && !rest.substring(run).isBlank()) {
                    return Optional.of(new TooDeep(new Position(lineNumber, restStart + k + 1),
                            (run - k) + " emphasis or strikethrough marks ('*', '_', '~') in a row nest emphasis"
                            + " more than " + MAX_DEPTH + " deep: remove the extra marks"));
                }
                k = run - 1;
            }
        }
        return Optional.empty();
    }

    private static int bracketsOpenAfter(String rest, int depth) {
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }

    private static TooDeep tooDeep(int line, int column) {
        return new TooDeep(new Position(line, column), "block quotes and list items are nested more than "
                + MAX_DEPTH + " deep here: no postmortem needs that, and pm does not read deeper; flatten the"
                + " quotes or lists (remove extra '>' or indentation)");
    }

    /** The end of a list marker ({@code -}, {@code +}, {@code *}, or 1 to 9 digits and {@code .} or {@code )}) and the space after it, or -1. */
    private static int listMarkerEnd(String line, int at) {
        char c = line.charAt(at);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = at + 1;
        } else {
            int digits = at;
            while (digits < line.length() && digits - at < 9 && Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            if (digits == at || digits >= line.length() || (line.charAt(digits) != '.' && line.charAt(digits) != ')')) {
                return -1;
            }
            after = digits + 1;
        }
        if (after == line.length()) {
            return after;
        }
        char next = line.charAt(after);
        return next == ' ' || next == '\t' ? after + 1 : -1;
    }

    /** Three or more '-', '*' or '_' of one kind and spaces only: a rule, not nested list items. */
    private static boolean isThematicBreak(String line) {
        // Called for every line of every file: one pass, no copies.
        char mark = 0;
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if ((c != '-' && c != '*' && c != '_') || (mark != 0 && c != mark)) {
                return false;
            }
            mark = c;
            marks++;
        }
        return marks >= 3;
    }

    private static boolean isFence(String text, char mark, int length) {
        return runLength(text, 0) >= length && !text.isEmpty() && text.charAt(0) == mark;
    }

    private static int runLength(String text, int from) {
        if (from >= text.length()) {
            return 0;
        }
        char mark = text.charAt(from);
        int end = from;
        while (end < text.length() && text.charAt(end) == mark) {
            end++;
        }
        return end - from;
    }

    /** A fence inside block quotes closes on a line such as {@code > ```}, which the container scan skipped. */
    private static String stripQuoteMarkers(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '>' || text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(i);
    }

    private static int firstContent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The 0-based column of {@code index}, tabs advancing to the next multiple of four as in CommonMark. */
    private static int column(String line, int index) {
        int column = 0;
        for (int i = 0; i < index && i < line.length(); i++) {
            column = line.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
        }
        return column;
    }
}
