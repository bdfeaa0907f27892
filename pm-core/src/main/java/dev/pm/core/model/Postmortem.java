package dev.pm.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One postmortem: its front matter and its three R's.
 *
 * @param source the file it was read from
 * @param slug its URL path segment: lower-case ASCII letters, digits and hyphens
 * @param title its title
 * @param published the day it was published
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
 * @param regret the apology
 * @param reason what happened
 * @param remedy what is being done
 * @param otherSections top-level sections that are none of the three R's, in order
 * @param extra front-matter keys pm does not know, for templates: strings, lists and maps
 * @param ignoredRules check rules this file switches off ({@code pm-check: {ignore: [...]}})
 */
public record Postmortem(
        Path source,
        String slug,
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
        Optional<Regret> regret,
        Optional<Reason> reason,
        Optional<Remedy> remedy,
        List<Section> otherSections,
        Map<String, Object> extra,
        Set<String> ignoredRules) {

    public Postmortem {
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        related = List.copyOf(related);
        otherSections = List.copyOf(otherSections);
        extra = Map.copyOf(extra);
        ignoredRules = Set.copyOf(ignoredRules);
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public boolean isInternal() {
        return visibility == Visibility.INTERNAL;
    }

    /** Whether any section of this postmortem is marked internal. */
    public boolean hasInternalSections() {
        return regret.map(r -> r.section().internal()).orElse(false)
                || remedy.map(r -> r.section().internal()).orElse(false)
                || reason.map(r -> r.section().internal() || r.subsections().stream().anyMatch(Section::internal))
                        .orElse(false)
                || otherSections.stream().anyMatch(Section::internal);
    }

    /** This postmortem as the public sees it: every section marked internal is gone. */
    public Postmortem withoutInternalSections() {
        return new Postmortem(source, slug, title, published, updated, incident, severity, status, visibility,
                services, tags, authors, summary, impact, related,
                regret.filter(r -> !r.section().internal()),
                reason.filter(r -> !r.section().internal()).map(Reason::withoutInternal),
                remedy.filter(r -> !r.section().internal()),
                otherSections.stream().filter(s -> !s.internal()).toList(),
                extra, ignoredRules);
    }
}
