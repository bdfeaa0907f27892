package dev.pm.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a postmortem's Markdown body says: its three R's and the sections that are none of them. An R is absent
 * only when the file lacks it, which reading reports as an error.
 *
 * @param regret the apology
 * @param reason what happened
 * @param remedy what is being done
 * @param otherSections top-level sections that are none of the three R's, in order
 */
public record Body(Optional<Regret> regret, Optional<Reason> reason, Optional<Remedy> remedy,
        List<Section> otherSections) {

    public Body {
        otherSections = List.copyOf(otherSections);
    }

    /** Whether any section is marked internal. */
    public boolean hasInternalSections() {
        return regret.map(r -> r.section().internal()).orElse(false)
                || remedy.map(r -> r.section().internal()).orElse(false)
                || reason.map(r -> r.section().internal() || r.subsections().stream().anyMatch(Section::internal))
                        .orElse(false)
                || otherSections.stream().anyMatch(Section::internal);
    }

    /**
     * Every piece of HTML this body holds: each section's, each contributing factor's, timeline entry's and action
     * item's. Whatever a page shows of the body is in one of them.
     */
    public List<String> html() {
        List<String> html = new ArrayList<>();
        regret.ifPresent(r -> html.add(r.section().html()));
        reason.ifPresent(r -> {
            html.add(r.section().html());
            r.subsections().forEach(s -> html.add(s.html()));
            r.contributingFactors().forEach(f -> html.add(f.html()));
            r.timeline().forEach(e -> html.add(e.html()));
        });
        remedy.ifPresent(r -> {
            html.add(r.section().html());
            r.actions().forEach(a -> html.add(a.html()));
        });
        otherSections.forEach(s -> html.add(s.html()));
        return html;
    }

    /** This body as the public sees it: every section marked internal is gone. */
    public Body withoutInternalSections() {
        if (!hasInternalSections()) {
            // The same body, not a copy: builds and previews recognise an unchanged postmortem by identity.
            return this;
        }
        return new Body(
                regret.filter(r -> !r.section().internal()),
                reason.filter(r -> !r.section().internal()).map(Reason::withoutInternal),
                remedy.filter(r -> !r.section().internal()),
                otherSections.stream().filter(s -> !s.internal()).toList());
    }
}
