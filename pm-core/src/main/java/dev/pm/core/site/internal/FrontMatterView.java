package dev.pm.core.site.internal;

import dev.pm.core.model.FrontMatter;
import dev.pm.core.model.Severity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every front-matter field as templates read it, under its component's name: {@code postmortem.front.title},
 * {@code postmortem.front.incident.start}. It is made from {@link FrontMatter}'s components themselves, so a field
 * added to the model reaches templates without a change here: texts and numbers as they are, days and times in
 * ISO-8601, a severity as its label, other enumerations in lower case, lists and nested records alike, and an
 * absent optional value left out (so {@code ??} tells whether the author gave it).
 */
final class FrontMatterView {

    private FrontMatterView() {
    }

    static Map<String, Object> of(FrontMatter front) {
        return components(front);
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = plain(component.getAccessor().invoke(record));
                if (value != null) {
                    values.put(component.getName(), value);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of the model's front matter", e);
            }
        }
        return Map.copyOf(values);
    }

    private static Object plain(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(FrontMatterView::plain).orElse(null);
        }
        if (value instanceof Severity severity) {
            return severity.label();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Record nested) {
            return components(nested);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FrontMatterView::plain).toList();
        }
        return value;
    }
}
