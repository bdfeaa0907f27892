package dev.pm.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One postmortem: its front matter and its body, the three R's.
 *
 * <p>The fields that the site's views, the search index, the feeds and the check rules read on almost every line
 * ({@link #title()}, {@link #published()}, {@link #incident()}, {@link #regret()}...) have delegating accessors
 * here, so those readers say {@code p.title()} rather than {@code p.front().title()}. The rest ({@code status},
 * {@code visibility}, {@code related}, {@code ignoredRules}) are read in one or two places each, through
 * {@link #front()}, or through {@link #isDraft()} and {@link #isInternal()}. A new front-matter field needs no
 * delegate here: read it through {@link #front()}.
 *
 * @param source the file it was read from
 * @param slug its URL path segment: lower-case ASCII letters, digits and hyphens
 * @param front what its front matter says
 * @param body what its Markdown body says
 * @param bundle the files beside it that its page links to or publishes
 */
public record Postmortem(Path source, String slug, FrontMatter front, Body body, Bundle bundle) {

    /** A postmortem with nothing beside it. */
    public Postmortem(Path source, String slug, FrontMatter front, Body body) {
        this(source, slug, front, body, Bundle.NONE);
    }

    public String title() {
        return front.title();
    }

    public LocalDate published() {
        return front.published();
    }

    public Optional<LocalDate> updated() {
        return front.updated();
    }

    public IncidentWindow incident() {
        return front.incident();
    }

    public Severity severity() {
        return front.severity();
    }

    public List<String> services() {
        return front.services();
    }

    public List<String> tags() {
        return front.tags();
    }

    public List<String> authors() {
        return front.authors();
    }

    public Optional<String> summary() {
        return front.summary();
    }

    public Optional<String> impact() {
        return front.impact();
    }

    public Map<String, Object> extra() {
        return front.extra();
    }

    public Optional<Regret> regret() {
        return body.regret();
    }

    public Optional<Reason> reason() {
        return body.reason();
    }

    public Optional<Remedy> remedy() {
        return body.remedy();
    }

    public List<Section> otherSections() {
        return body.otherSections();
    }

    public boolean isDraft() {
        return front.status() == Status.DRAFT;
    }

    public boolean isInternal() {
        return front.visibility() == Visibility.INTERNAL;
    }

    /** Whether any section of this postmortem is marked internal. */
    public boolean hasInternalSections() {
        return body.hasInternalSections();
    }

    /**
     * This postmortem as the public sees it: every section marked internal is gone, and so is every file of its
     * bundle that only those sections link to.
     */
    public Postmortem withoutInternalSections() {
        Body seen = body.withoutInternalSections();
        if (seen == body) {
            return this;
        }
        if (bundle.links().isEmpty()) {
            return new Postmortem(source, slug, front, seen, bundle);
        }
        Set<Integer> shown = bundle.shownIn(seen.html());
        Set<Integer> leftOut = new TreeSet<>(bundle.shownIn(body.html()));
        leftOut.removeAll(shown);
        return new Postmortem(source, slug, front, seen, bundle.withholding(shown, bundle.targets(leftOut)));
    }

    /**
     * The files that the links of content a build leaves out point at: every link this postmortem shows when
     * {@code seen} (this postmortem as the build shows it) is empty, otherwise the links {@code seen} has lost.
     */
    Set<Path> leftOutTargets(Optional<Postmortem> seen) {
        if (bundle.links().isEmpty() || seen.isPresent() && seen.get() == this) {
            return Set.of();
        }
        if (seen.isEmpty()) {
            return bundle.targets(bundle.shownIn(body.html()));
        }
        Set<Integer> leftOut = new TreeSet<>(bundle.shownIn(body.html()));
        leftOut.removeAll(bundle.shownIn(seen.get().body().html()));
        return bundle.targets(leftOut);
    }

    /** This postmortem without the files of its bundle that only content in {@code leftOut} links to. */
    Postmortem withholding(Set<Path> leftOut) {
        Bundle kept = bundle.withholding(bundle.shownIn(body.html()), leftOut);
        return kept == bundle ? this : new Postmortem(source, slug, front, body, kept);
    }
}
