package dev.pm.core.read.internal;

import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.internal.Suggestions;
import dev.pm.core.model.FrontMatter;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.Severity;
import dev.pm.core.model.SeverityScale;
import dev.pm.core.model.Status;
import dev.pm.core.model.Visibility;
import dev.pm.core.read.ReadRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a front-matter tree into the model's {@link FrontMatter}, reporting every problem with its position, and
 * keeps where each key was written.
 */
final class HeaderInterpreter {

    static final Set<String> KNOWN_KEYS = Set.of("title", "slug", "date", "updated", "incident", "severity",
            "services", "tags", "authors", "status", "visibility", "summary", "impact", "related", "pm-check",
            "extra");
    /** JBake's own header keys, accepted so JBake posts can move in unchanged; kept for templates. */
    private static final Set<String> JBAKE_KEYS = Set.of("type", "jbake-type", "jbake-tags", "description");
    private static final List<String> INCIDENT_KEYS = List.of("start", "detected", "mitigated", "resolved");

    private final ZoneId zone;
    private final SeverityScale scale;

    HeaderInterpreter(ZoneId zone, SeverityScale scale) {
        this.zone = zone;
        this.scale = scale;
    }

    Optional<InterpretedHeader> interpret(HeaderValue.Mapping header, Problems problems) {
        int errorsBefore = problems.errorCount();
        Map<String, HeaderValue.Entry> fields = header.entries();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (HeaderValue.Entry entry : fields.values()) {
            String key = entry.key();
            if (KNOWN_KEYS.contains(key)) {
                continue;
            }
            extra.put(key, HeaderValue.toPlain(entry.value()));
            if (!JBAKE_KEYS.contains(key)) {
                reportUnknown(entry, KNOWN_KEYS, "", problems);
            }
        }
        HeaderValue.Entry extraEntry = fields.get("extra");
        if (extraEntry != null && mapping(extraEntry, problems).isPresent()) {
            extra.put("extra", HeaderValue.toPlain(extraEntry.value()));
        }

        Optional<String> title = requiredText(fields, "title", "title: Checkout unavailable for 47 minutes",
                problems);
        Optional<String> slug = optionalText(fields, "slug", problems);
        Optional<LocalDate> date = required(fields, "date", "date: 2026-03-14", problems)
                .flatMap(e -> date(e, problems));
        Optional<LocalDate> updated = Optional.ofNullable(fields.get("updated")).flatMap(e -> date(e, problems));
        Optional<Severity> severity = required(fields, "severity", "severity: " + scale.levels().get(0).label(),
                problems).flatMap(e -> severity(e, problems));
        Status status = Optional.ofNullable(fields.get("status"))
                .flatMap(e -> choice(e, Status.class, problems)).orElse(Status.PUBLISHED);
        Visibility visibility = Optional.ofNullable(fields.get("visibility"))
                .flatMap(e -> choice(e, Visibility.class, problems)).orElse(Visibility.PUBLIC);
        Optional<IncidentWindow> incident = incident(fields.get("incident"), status, problems);
        List<String> services = list(fields, "services", Commas.SPLIT, s -> s.toLowerCase(Locale.ROOT), problems);
        List<String> tags = list(fields, "tags", Commas.SPLIT, s -> s.toLowerCase(Locale.ROOT), problems);
        List<String> authors = list(fields, "authors", Commas.KEEP_AND_WARN, Function.identity(), problems);
        List<String> related = list(fields, "related", Commas.SPLIT, Function.identity(), problems);
        Optional<String> summary = optionalText(fields, "summary", problems);
        Optional<String> impact = optionalText(fields, "impact", problems);
        Set<String> ignored = ignoredRules(fields.get("pm-check"), problems);

        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        FrontMatter front = new FrontMatter(title.orElseThrow(), date.orElseThrow(), updated, incident.orElseThrow(),
                severity.orElseThrow(), status, visibility, services, tags, authors, summary, impact, related,
                extra, ignored);
        return Optional.of(new InterpretedHeader(front, slug, positions(fields)));
    }

    private static Map<String, Position> positions(Map<String, HeaderValue.Entry> fields) {
        Map<String, Position> positions = new LinkedHashMap<>();
        fields.forEach((key, entry) -> {
            positions.put(key, entry.keyPosition());
            if (entry.value() instanceof HeaderValue.Mapping mapping) {
                mapping.entries().forEach((inner, value) -> positions.put(key + "." + inner, value.keyPosition()));
            }
        });
        return Map.copyOf(positions);
    }

    private Optional<IncidentWindow> incident(HeaderValue.Entry entry, Status status, Problems problems) {
        if (entry == null) {
            problems.error(Position.START, ReadRule.REQUIRED_FIELD, "missing 'incident': add an incident window, for"
                    + " example 'incident:' with an indented 'start: 2026-03-12T09:14:00Z'");
            return Optional.empty();
        }
        Optional<HeaderValue.Mapping> window = mapping(entry, problems);
        if (window.isEmpty()) {
            return Optional.empty();
        }
        Map<String, HeaderValue.Entry> times = window.get().entries();
        for (HeaderValue.Entry key : times.values()) {
            if (!INCIDENT_KEYS.contains(key.key())) {
                reportUnknown(key, INCIDENT_KEYS, "incident.", problems);
            }
        }
        Map<String, Optional<OffsetDateTime>> parsed = new LinkedHashMap<>();
        for (String key : INCIDENT_KEYS) {
            parsed.put(key, Optional.ofNullable(times.get(key)).flatMap(e -> dateTime(e, "incident." + key,
                    problems)));
        }
        boolean failed = INCIDENT_KEYS.stream().anyMatch(k -> times.containsKey(k) && parsed.get(k).isEmpty());
        if (!times.containsKey("start")) {
            problems.error(entry.keyPosition(), ReadRule.REQUIRED_FIELD, "missing 'incident.start': add"
                    + " 'start: 2026-03-12T09:14:00Z' under 'incident:', the moment the incident began");
            failed = true;
        }
        if (status == Status.PUBLISHED && !times.containsKey("resolved")) {
            problems.error(entry.keyPosition(), ReadRule.REQUIRED_FIELD, "missing 'incident.resolved': a published"
                    + " postmortem needs the moment the incident was resolved; add 'resolved:' under 'incident:'"
                    + " or set 'status: draft'");
            failed = true;
        }
        if (failed) {
            return Optional.empty();
        }
        checkOrder(times, parsed, problems);
        return Optional.of(new IncidentWindow(parsed.get("start").orElseThrow(), parsed.get("detected"),
                parsed.get("mitigated"), parsed.get("resolved")));
    }

    private static void checkOrder(Map<String, HeaderValue.Entry> times, Map<String, Optional<OffsetDateTime>> parsed,
            Problems problems) {
        String previousKey = null;
        OffsetDateTime previous = null;
        for (String key : INCIDENT_KEYS) {
            Optional<OffsetDateTime> time = parsed.get(key);
            if (time.isEmpty()) {
                continue;
            }
            if (previous != null && time.get().isBefore(previous)) {
                problems.error(times.get(key).value().position(), ReadRule.INCIDENT_ORDER, "incident." + key + " ("
                        + time.get() + ") is before incident." + previousKey + " (" + previous + "): the times"
                        + " must run start <= detected <= mitigated <= resolved");
            }
            previousKey = key;
            previous = time.get();
        }
    }

    private Optional<Severity> severity(HeaderValue.Entry entry, Problems problems) {
        return scalar(entry, problems).flatMap(text -> {
            Optional<Severity> found = scale.find(text);
            if (found.isEmpty()) {
                problems.error(entry.value().position(), ReadRule.UNKNOWN_SEVERITY, "unknown severity '" + text
                        + "': use one of " + scale.describe());
            }
            return found;
        });
    }

    private Optional<LocalDate> date(HeaderValue.Entry entry, Problems problems) {
        return scalar(entry, problems).flatMap(text -> {
            Optional<LocalDate> day = Times.parseDate(text, zone);
            if (day.isEmpty()) {
                problems.error(entry.value().position(), ReadRule.DATE_FORMAT, "'" + entry.key() + "' is not a date: '"
                        + text + "'; write it as YYYY-MM-DD, for example 2026-03-14");
            }
            return day;
        });
    }

    private Optional<OffsetDateTime> dateTime(HeaderValue.Entry entry, String name, Problems problems) {
        return scalar(entry, problems).flatMap(text -> {
            Optional<OffsetDateTime> time = Times.parseDateTime(text, zone);
            if (time.isEmpty()) {
                problems.error(entry.value().position(), ReadRule.DATE_FORMAT, "'" + name + "' is not a date and"
                        + " time: '"
                        + text + "'; write it as ISO-8601, for example 2026-03-12T09:14:00Z");
            }
            return time;
        });
    }

    private static <E extends Enum<E>> Optional<E> choice(HeaderValue.Entry entry, Class<E> type,
            Problems problems) {
        return scalar(entry, problems).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.strip())) {
                    return Optional.of(constant);
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            problems.error(entry.value().position(), ReadRule.FIELD_TYPE, "'" + entry.key() + "' cannot be '" + text
                    + "': use one of " + String.join(", ", allowed));
            return Optional.empty();
        });
    }

    private static Optional<HeaderValue.Entry> required(Map<String, HeaderValue.Entry> fields, String key,
            String example, Problems problems) {
        HeaderValue.Entry entry = fields.get(key);
        if (entry == null) {
            problems.error(Position.START, ReadRule.REQUIRED_FIELD, "missing '" + key + "': add it to the front matter,"
                    + " for example '" + example + "'");
        }
        return Optional.ofNullable(entry);
    }

    private static Optional<String> requiredText(Map<String, HeaderValue.Entry> fields, String key, String example,
            Problems problems) {
        return required(fields, key, example, problems).flatMap(e -> nonBlank(e, problems));
    }

    private static Optional<String> optionalText(Map<String, HeaderValue.Entry> fields, String key,
            Problems problems) {
        return Optional.ofNullable(fields.get(key)).flatMap(e -> nonBlank(e, problems));
    }

    private static Optional<String> nonBlank(HeaderValue.Entry entry, Problems problems) {
        return scalar(entry, problems).flatMap(text -> {
            if (text.isBlank()) {
                problems.error(entry.value().position(), ReadRule.FIELD_TYPE, "'" + entry.key() + "' is empty: give"
                        + " it a"
                        + " value or remove the line");
                return Optional.empty();
            }
            return Optional.of(text.strip());
        });
    }

    private static Optional<String> scalar(HeaderValue.Entry entry, Problems problems) {
        if (entry.value() instanceof HeaderValue.Scalar scalar) {
            return Optional.of(scalar.text());
        }
        problems.error(entry.value().position(), ReadRule.FIELD_TYPE, "'" + entry.key() + "' must be a single"
                + " value, not "
                + HeaderValue.describe(entry.value()));
        return Optional.empty();
    }

    private static Optional<HeaderValue.Mapping> mapping(HeaderValue.Entry entry, Problems problems) {
        if (entry.value() instanceof HeaderValue.Mapping mapping) {
            return Optional.of(mapping);
        }
        problems.error(entry.value().position(), ReadRule.FIELD_TYPE, "'" + entry.key() + "' must be a group of"
                + " indented"
                + " 'key: value' lines, not " + HeaderValue.describe(entry.value()));
        return Optional.empty();
    }

    /**
     * How a list key reads a single text that holds commas, as in {@code tags: database, deploy}: people write
     * that meaning a list (Hugo and Jekyll users do, and JBake headers mean exactly that).
     */
    private enum Commas {
        /** Identifiers (tags, services, slugs, rule ids) never hold a comma, so the text is split at them. */
        SPLIT,
        /** Names may hold a comma ("Payments, EU"), so the text stays one item and a warning says how to choose. */
        KEEP_AND_WARN
    }

    /**
     * A list of texts; a single text is taken as a list of one, as authors often write {@code tags: db}, or of
     * several when it holds commas, as {@code commas} says.
     */
    private static List<String> list(Map<String, HeaderValue.Entry> fields, String key, Commas commas,
            Function<String, String> normalise, Problems problems) {
        HeaderValue.Entry entry = fields.get(key);
        if (entry == null) {
            return List.of();
        }
        List<HeaderValue> items = entry.value() instanceof HeaderValue.Sequence sequence ? sequence.items()
                : singleText(entry, commas, problems);
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (HeaderValue item : items) {
            if (!(item instanceof HeaderValue.Scalar scalar)) {
                problems.error(item.position(), ReadRule.FIELD_TYPE, "each item of '" + key + "' must be a text, not "
                        + HeaderValue.describe(item) + "; write it as [a, b, c]");
                continue;
            }
            if (scalar.text().isBlank()) {
                problems.error(item.position(), ReadRule.FIELD_TYPE, "'" + key + "' has an empty item: remove it");
                continue;
            }
            values.add(normalise.apply(scalar.text().strip()));
        }
        return List.copyOf(values);
    }

    private static List<HeaderValue> singleText(HeaderValue.Entry entry, Commas commas, Problems problems) {
        if (!(entry.value() instanceof HeaderValue.Scalar scalar) || !scalar.text().contains(",")) {
            return List.of(entry.value());
        }
        if (commas == Commas.KEEP_AND_WARN) {
            String text = scalar.text().strip();
            problems.warning(scalar.position(), ReadRule.COMMA_LIST, "'" + entry.key() + "' is read as one value, '" + text
                    + "': if it names several, write them as a list, " + entry.key() + ": [" + text + "]; if it is"
                    + " one name with a comma, quote it inside a list, " + entry.key() + ": [\"" + text + "\"]");
            return List.of(scalar);
        }
        List<HeaderValue> items = new ArrayList<>();
        for (String part : scalar.text().split(",")) {
            if (!part.isBlank()) {
                items.add(new HeaderValue.Scalar(part, scalar.position()));
            }
        }
        return items;
    }

    private static Set<String> ignoredRules(HeaderValue.Entry entry, Problems problems) {
        if (entry == null) {
            return Set.of();
        }
        Optional<HeaderValue.Mapping> settings = mapping(entry, problems);
        if (settings.isEmpty()) {
            return Set.of();
        }
        for (HeaderValue.Entry key : settings.get().entries().values()) {
            if (!key.key().equals("ignore")) {
                reportUnknown(key, List.of("ignore"), "pm-check.", problems);
            }
        }
        return Set.copyOf(list(settings.get().entries(), "ignore", Commas.SPLIT, Function.identity(), problems));
    }

    private static void reportUnknown(HeaderValue.Entry entry, java.util.Collection<String> known, String prefix,
            Problems problems) {
        String hint = Suggestions.closest(entry.key(), known)
                .map(s -> "did you mean '" + prefix + s + "'?")
                .orElse(prefix.isEmpty() ? "if it is meant for templates, move it under 'extra:'"
                        : "known keys are " + String.join(", ", known.stream().sorted().toList()));
        problems.warning(entry.keyPosition(), ReadRule.UNKNOWN_KEY, "unknown key '" + prefix + entry.key() + "': " + hint);
    }
}
