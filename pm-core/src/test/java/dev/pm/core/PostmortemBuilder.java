package dev.pm.core;

import dev.pm.core.model.Body;
import dev.pm.core.model.FrontMatter;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Regret;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.Section;
import dev.pm.core.model.Severity;
import dev.pm.core.model.SeverityScale;
import dev.pm.core.model.Status;
import dev.pm.core.model.Visibility;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds postmortems for tests that need one without a source file: each test names only what it is about, and
 * a new model field is added here once instead of in every test.
 */
public final class PostmortemBuilder {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-12T09:14:00Z");

    private Path source;
    private String slug;
    private String title;
    private LocalDate published = LocalDate.of(2026, 3, 14);
    private Optional<LocalDate> updated = Optional.empty();
    private IncidentWindow incident = new IncidentWindow(START, Optional.empty(), Optional.empty(),
            Optional.of(START.plusMinutes(47)));
    private Severity severity = SeverityScale.standard().levels().get(0);
    private Status status = Status.PUBLISHED;
    private Visibility visibility = Visibility.PUBLIC;
    private List<String> services = List.of();
    private List<String> tags = List.of();
    private List<String> authors = List.of();
    private Optional<String> summary = Optional.empty();
    private Optional<String> impact = Optional.empty();
    private List<String> related = List.of();
    private Map<String, Object> extra = Map.of();
    private Set<String> ignoredRules = Set.of();
    private Optional<Regret> regret = Optional.empty();
    private Optional<Reason> reason = Optional.empty();
    private Optional<Remedy> remedy = Optional.empty();
    private List<Section> otherSections = List.of();

    private PostmortemBuilder() {
    }

    /**
     * A published, public postmortem read from {@code <slug>.md} and titled with its slug, of the scale's first
     * severity, about an incident resolved in 47 minutes, with no lists, texts or sections.
     */
    public static PostmortemBuilder postmortem(String slug) {
        PostmortemBuilder builder = new PostmortemBuilder();
        builder.source = Path.of(slug + ".md");
        builder.slug = slug;
        builder.title = slug;
        return builder;
    }

    /** A copy of {@code p}, to change a few of its fields. */
    public static PostmortemBuilder from(Postmortem p) {
        FrontMatter front = p.front();
        Body body = p.body();
        PostmortemBuilder builder = new PostmortemBuilder();
        builder.source = p.source();
        builder.slug = p.slug();
        builder.title = front.title();
        builder.published = front.published();
        builder.updated = front.updated();
        builder.incident = front.incident();
        builder.severity = front.severity();
        builder.status = front.status();
        builder.visibility = front.visibility();
        builder.services = front.services();
        builder.tags = front.tags();
        builder.authors = front.authors();
        builder.summary = front.summary();
        builder.impact = front.impact();
        builder.related = front.related();
        builder.extra = front.extra();
        builder.ignoredRules = front.ignoredRules();
        builder.regret = body.regret();
        builder.reason = body.reason();
        builder.remedy = body.remedy();
        builder.otherSections = body.otherSections();
        return builder;
    }

    public PostmortemBuilder withSource(Path source) {
        this.source = source;
        return this;
    }

    public PostmortemBuilder withSlug(String slug) {
        this.slug = slug;
        return this;
    }

    public PostmortemBuilder withTitle(String title) {
        this.title = title;
        return this;
    }

    public PostmortemBuilder withPublished(LocalDate published) {
        this.published = published;
        return this;
    }

    public PostmortemBuilder withUpdated(LocalDate updated) {
        this.updated = Optional.of(updated);
        return this;
    }

    public PostmortemBuilder withIncident(IncidentWindow incident) {
        this.incident = incident;
        return this;
    }

    public PostmortemBuilder withSeverity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public PostmortemBuilder withStatus(Status status) {
        this.status = status;
        return this;
    }

    public PostmortemBuilder withVisibility(Visibility visibility) {
        this.visibility = visibility;
        return this;
    }

    public PostmortemBuilder withServices(String... services) {
        this.services = List.of(services);
        return this;
    }

    public PostmortemBuilder withTags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public PostmortemBuilder withAuthors(String... authors) {
        this.authors = List.of(authors);
        return this;
    }

    public PostmortemBuilder withSummary(String summary) {
        this.summary = Optional.of(summary);
        return this;
    }

    public PostmortemBuilder withImpact(String impact) {
        this.impact = Optional.of(impact);
        return this;
    }

    public PostmortemBuilder withRelated(String... related) {
        this.related = List.of(related);
        return this;
    }

    public PostmortemBuilder withExtra(Map<String, Object> extra) {
        this.extra = extra;
        return this;
    }

    public PostmortemBuilder withIgnoredRules(String... ignoredRules) {
        this.ignoredRules = Set.of(ignoredRules);
        return this;
    }

    public PostmortemBuilder withRegret(Regret regret) {
        this.regret = Optional.of(regret);
        return this;
    }

    public PostmortemBuilder withReason(Reason reason) {
        this.reason = Optional.of(reason);
        return this;
    }

    public PostmortemBuilder withRemedy(Remedy remedy) {
        this.remedy = Optional.of(remedy);
        return this;
    }

    public PostmortemBuilder withOtherSections(Section... otherSections) {
        this.otherSections = List.of(otherSections);
        return this;
    }

    public Postmortem build() {
        FrontMatter front = new FrontMatter(title, published, updated, incident, severity, status, visibility,
                services, tags, authors, summary, impact, related, extra, ignoredRules);
        return new Postmortem(source, slug, front, new Body(regret, reason, remedy, otherSections));
    }
}
