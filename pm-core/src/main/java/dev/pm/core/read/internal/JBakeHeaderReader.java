package dev.pm.core.read.internal;

import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.read.ReadRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads JBake's header: {@code key=value} lines closed by {@code ~~~~~~}. Keys with a dot
 * ({@code incident.start=...}) nest; the list keys take comma-separated values, as JBake's {@code tags} does.
 */
final class JBakeHeaderReader {

    private static final Set<String> LIST_KEYS = Set.of("tags", "services", "authors", "related");

    private JBakeHeaderReader() {
    }

    static HeaderValue.Mapping read(String header, int firstLine, Problems problems) {
        LinkedHashMap<String, HeaderValue.Entry> root = new LinkedHashMap<>();
        String[] lines = header.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = firstLine + i;
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            int keyColumn = firstNonBlank(line) + 1;
            if (equals < 0) {
                problems.error(lineNumber, keyColumn, ReadRule.FRONT_MATTER, "a JBake header line must be 'key=value';"
                        + " add '=' and a value, or end the header with '~~~~~~' before this line");
                continue;
            }
            String key = line.substring(0, equals).strip();
            String raw = line.substring(equals + 1);
            int valueColumn = equals + 2 + (raw.length() - raw.stripLeading().length());
            Position keyAt = new Position(lineNumber, keyColumn);
            Position valueAt = new Position(lineNumber, valueColumn);
            put(root, key.split("\\.", -1), 0, keyAt, value(key, raw.strip(), valueAt), problems);
        }
        return new HeaderValue.Mapping(root, new Position(firstLine, 1));
    }

    private static HeaderValue value(String key, String raw, Position at) {
        if (!LIST_KEYS.contains(key)) {
            return new HeaderValue.Scalar(raw, at);
        }
        List<HeaderValue> items = new ArrayList<>();
        int offset = 0;
        for (String part : raw.split(",", -1)) {
            String item = part.strip();
            if (!item.isEmpty()) {
                int column = at.column() + offset + (part.length() - part.stripLeading().length());
                items.add(new HeaderValue.Scalar(item, new Position(at.line(), column)));
            }
            offset += part.length() + 1;
        }
        return new HeaderValue.Sequence(items, at);
    }

    private static void put(LinkedHashMap<String, HeaderValue.Entry> map, String[] path, int index, Position keyAt,
            HeaderValue value, Problems problems) {
        String key = path[index];
        HeaderValue.Entry existing = map.get(key);
        if (index == path.length - 1) {
            if (existing != null) {
                problems.error(keyAt, ReadRule.YAML, "duplicate key '" + String.join(".", path) + "' (first set on"
                        + " line "
                        + existing.keyPosition().line() + "): keep only one of them");
                return;
            }
            map.put(key, new HeaderValue.Entry(key, keyAt, value));
            return;
        }
        if (existing == null) {
            existing = new HeaderValue.Entry(key, keyAt, new HeaderValue.Mapping(new LinkedHashMap<>(), keyAt));
            map.put(key, existing);
        }
        if (!(existing.value() instanceof HeaderValue.Mapping nested)) {
            problems.error(keyAt, ReadRule.YAML, "'" + key + "' is set both as a value and as a group of keys;"
                    + " keep one of them");
            return;
        }
        put(nested.entries(), path, index + 1, keyAt, value, problems);
    }

    private static int firstNonBlank(String line) {
        return line.length() - line.stripLeading().length();
    }
}
