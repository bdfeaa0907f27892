package dev.pm.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a postmortem's front matter says, read and checked. A new front-matter field is a component here, its
 * reading in the reader's header interpreter, and its place in the site's views: no other main code changes, as
 * only the interpreter constructs this record and code reads a new field through {@link Postmortem#front()}.
 *
 * @param title its title
 * @param published the day it was published (the {@code date} key)
 * @param updated the day of its last material revision
 * @param incident the incident window
 * @param severity the severity on the archive's scale
 * @param status draft or published
 * @param visibility public or internal
 * @param services the affected services, lower-case
 * @param tags its tags, lower-case
 * @param authors the authoring teams
 * @param summary a one-sentence summary
 * @param impact who was affected and how much
 * @param related slugs of related postmortems
 * @param extra front-matter keys pm does not know, for templates: strings, lists and maps
 * @param ignoredRules check rules this file switches off ({@code pm-check: {ignore: [...]}})
 */
public record FrontMatter(
        String title,
        LocalDate published,
        Optional<LocalDate> updated,
        IncidentWindow incident,
        Severity severity,
        Status status,
        Visibility visibility,
        List<String> services,
        List<String> tags,
        List<String> authors,
        Optional<String> summary,
        Optional<String> impact,
        List<String> related,
        Map<String, Object> extra,
        Set<String> ignoredRules) {

    public FrontMatter {
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        related = List.copyOf(related);
        extra = Map.copyOf(extra);
        ignoredRules = Set.copyOf(ignoredRules);
    }
}
