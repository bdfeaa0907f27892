package dev.pm.core.model;

import java.util.List;
import java.util.Optional;

/**
 * What happened.
 *
 * @param section the whole section; its HTML is the text before the first sub-section
 * @param subsections every sub-section in source order, known kinds and others alike
 * @param contributingFactors the list items of the contributing factors sub-section
 * @param timeline the entries of the timeline sub-section
 */
public record Reason(Section section, List<Section> subsections, List<Factor> contributingFactors,
        List<TimelineEntry> timeline) {

    public Reason {
        subsections = List.copyOf(subsections);
        contributingFactors = List.copyOf(contributingFactors);
        timeline = List.copyOf(timeline);
    }

    public Optional<Section> summary() {
        return find(SectionKind.SUMMARY);
    }

    public Optional<Section> technicalAccount() {
        return find(SectionKind.TECHNICAL_ACCOUNT);
    }

    public Optional<Section> diagnosis() {
        return find(SectionKind.DIAGNOSIS);
    }

    public Optional<Section> factorsSection() {
        return find(SectionKind.CONTRIBUTING_FACTORS);
    }

    public Optional<Section> timelineSection() {
        return find(SectionKind.TIMELINE);
    }

    public Optional<Section> lessons() {
        return find(SectionKind.LESSONS);
    }

    /** The sub-sections whose heading is none of the known ones, in order. */
    public List<Section> otherSubsections() {
        return subsections.stream().filter(s -> s.kind() == SectionKind.OTHER).toList();
    }

    /** The first sub-section of a kind. */
    public Optional<Section> find(SectionKind kind) {
        return subsections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** This section without its internal sub-sections, and without the lists those held. */
    public Reason withoutInternal() {
        boolean factorsInternal = factorsSection().map(Section::internal).orElse(false);
        boolean timelineInternal = timelineSection().map(Section::internal).orElse(false);
        return new Reason(section,
                subsections.stream().filter(s -> !s.internal()).toList(),
                factorsInternal ? List.of() : contributingFactors,
                timelineInternal ? List.of() : timeline);
    }
}
