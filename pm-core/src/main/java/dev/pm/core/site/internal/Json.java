package dev.pm.core.site.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Writes the site's JSON (the JSON Feed and the search index) from maps, lists, strings, numbers and booleans.
 * The site needs nothing more, and writing it here keeps Jackson's data binding, hundreds of classes to load and
 * a serializer cache to warm on every build, off the path of {@code pm:site}.
 *
 * <p>Strings are escaped so that the text is also safe inside a {@code <script>} element: {@code </} becomes
 * {@code <\/}, and U+2028 and U+2029, which end a line in older JavaScript, are written as escapes.
 */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** {@code value} on one line. */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value, -1);
        return out.toString();
    }

    /** {@code value} indented by two spaces a level, as people read it. */
    static String pretty(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(out, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof Collection<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth < 0 ? -1 : depth + 1);
            string(out, (String) entry.getKey());
            out.append(depth < 0 ? ":" : ": ");
            write(out, entry.getValue(), depth < 0 ? -1 : depth + 1);
        }
        if (!map.isEmpty()) {
            newline(out, depth);
        }
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, int depth) {
        out.append('[');
        boolean first = true;
        // Arrays of numbers stay on one line even when indenting: the search index's postings are long runs.
        boolean scalars = allNumbers(list);
        for (Object item : list) {
            if (!first) {
                out.append(scalars && depth >= 0 ? ", " : ",");
            }
            first = false;
            if (!scalars) {
                newline(out, depth < 0 ? -1 : depth + 1);
            }
            write(out, item, depth < 0 ? -1 : depth + 1);
        }
        if (!list.isEmpty() && !scalars) {
            newline(out, depth);
        }
        out.append(']');
    }

    /** Whether every item is a number; a loop, as this is asked of every array the index and feeds write. */
    private static boolean allNumbers(Collection<?> list) {
        for (Object item : list) {
            if (!(item instanceof Number)) {
                return false;
            }
        }
        return true;
    }

    private static void newline(StringBuilder out, int depth) {
        if (depth >= 0) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    /** Appends {@code text} as a JSON string. */
    static void string(StringBuilder out, CharSequence text) {
        out.append('"');
        int length = text.length();
        // Most characters are written as they are: they are copied a run at a time, up to the next one to escape.
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x20 && c != '"' && c != '\\' && c != '/' && c != '\u2028' && c != '\u2029';
            if (plain || c == '/' && (i == 0 || text.charAt(i - 1) != '<')) {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append("\\/");
                default -> unicode(out, c);
            }
        }
        out.append(text, run, length);
        out.append('"');
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
