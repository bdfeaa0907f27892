package dev.pm.core.read.internal;

import dev.pm.core.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A front-matter value with the position it was written at, whatever the header syntax (YAML or JBake).
 */
public sealed interface HeaderValue {

    Position position();

    /** A plain value; {@code text} is as written, without quotes. */
    record Scalar(String text, Position position) implements HeaderValue {
    }

    record Sequence(List<HeaderValue> items, Position position) implements HeaderValue {
    }

    /** A mapping; each entry keeps the position of its key. */
    record Mapping(LinkedHashMap<String, Entry> entries, Position position) implements HeaderValue {
    }

    record Entry(String key, Position keyPosition, HeaderValue value) {
    }

    /** Describes the kind of value for messages: "a text", "a list" or "a mapping". */
    static String describe(HeaderValue value) {
        if (value instanceof Scalar) {
            return "a text";
        }
        return value instanceof Sequence ? "a list" : "a mapping";
    }

    /** The value as plain Java objects (String, List, Map) for templates. */
    static Object toPlain(HeaderValue value) {
        if (value instanceof Scalar scalar) {
            return scalar.text();
        }
        if (value instanceof Sequence sequence) {
            return sequence.items().stream().map(HeaderValue::toPlain).toList();
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        ((Mapping) value).entries().forEach((k, e) -> plain.put(k, toPlain(e.value())));
        return plain;
    }
}
