package dev.pm.maven;

import dev.pm.core.OutputRefusedException;
import dev.pm.core.Progress;
import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.model.Audience;
import dev.pm.core.read.ReadResult;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteSettings;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the postmortem archive as a static site, after running the quality rules of {@code pm:check} (unless
 * {@code check} is false or {@code pm.check.skip} is set). When {@code pm:check} already read and checked the same
 * sources with the same settings in this module, its result is rendered and its findings are not printed again.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractCheckingMojo {

    /**
     * The folder the site is written to; replaced only when the build succeeds. pm refuses the project folder, the
     * repository, the sources, the theme, a file, and a non-empty folder it did not write.
     */
    @Parameter(property = "pm.outputDirectory", defaultValue = "${project.build.directory}/postmortems")
    private File outputDirectory;

    /**
     * Files in the output folder that are not pm's and that every new site carries over unchanged: paths or globs
     * relative to the output folder, such as {@code -Dpm.keep=CNAME,about.html,img/**} for a GitHub Pages
     * {@code docs/} folder. Default: none.
     */
    @Parameter(property = "pm.keep")
    private List<String> keep;

    /** A folder whose {@code templates/} and {@code static/} override the bundled theme. */
    @Parameter(property = "pm.themeDirectory", defaultValue = "${project.basedir}/src/pm-theme")
    private File themeDirectory;

    /**
     * The site's title; the project's name, or when the POM has no {@code <name>} the theme's title in the site's
     * {@code language} ({@code Incident history}, {@code Vorfallhistorie}, ...).
     */
    @Parameter(property = "pm.siteTitle", defaultValue = "${project.name}")
    private String siteTitle;

    /**
     * One sentence under the title; the project's description, or when the POM has none the theme's sentence
     * about the archive in the site's {@code language}.
     */
    @Parameter(property = "pm.description", defaultValue = "${project.description}")
    private String description;

    /**
     * The absolute URL the site is served at; enables canonical URLs, the sitemap and the feeds. The project's
     * {@code <url>} when the POM has one (a module inherits its parent's with its own artifactId appended).
     */
    @Parameter(property = "pm.baseUrl", defaultValue = "${project.url}")
    private String baseUrl;

    /** The page language (BCP 47), also the locale of dates. */
    @Parameter(property = "pm.language", defaultValue = "en")
    private String language;

    /** Who the postmortems are from, shown in the footer; the POM's {@code <organization><name>}, if any. */
    @Parameter(property = "pm.organization", defaultValue = "${project.organization.name}")
    private String organization;

    /**
     * The former name of {@code organization}; still read, with a warning, and used when {@code organization}
     * is not set.
     *
     * @deprecated write {@code <organization>} (or {@code -Dpm.organization}) instead
     */
    @Deprecated
    @Parameter(property = "pm.organisation")
    private String organisation;

    /** Postmortems per page of the home listing. */
    @Parameter(property = "pm.pageSize", defaultValue = "20")
    private int pageSize;

    /** The pattern for days ({@code java.time} syntax). Without it, the language's long date ({@code March 12, 2026} in English, {@code 12. März 2026} in German). */
    @Parameter(property = "pm.dateFormat")
    private String dateFormat;

    /** A URL with {@code {id}} that turns ticket ids into links. Default: none. */
    @Parameter(property = "pm.ticketUrlPattern")
    private String ticketUrlPattern;

    /** {@code public} leaves internal postmortems and sections out; {@code internal} includes them, marked. */
    @Parameter(property = "pm.audience", defaultValue = "public")
    private String audience;

    /**
     * Includes drafts, marked as such. Default: {@code false} for {@code pm:site}, {@code true} for
     * {@code pm:serve}, whose preview shows the postmortems being written.
     */
    @Parameter(property = "pm.drafts")
    private Boolean drafts;

    /**
     * Runs the quality rules of {@code pm:check} first, and publishes nothing when a finding reaches
     * {@code failOn}; {@code pm.check.skip} turns them off as well.
     */
    @Parameter(property = "pm.site.check", defaultValue = "true")
    private boolean check;

    /** How many of the newest postmortems each feed holds. */
    @Parameter(property = "pm.feedSize", defaultValue = "50")
    private int feedSize;

    /** Skips {@code pm:site}. */
    @Parameter(property = "pm.site.skip", defaultValue = "false")
    private boolean siteSkip;

    @Override
    protected boolean skipGoal() {
        return siteSkip;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (noSourcesHere()) {
            return;
        }
        SitePublisher publisher = publisher();
        Optional<CheckSettings> checks = checks();
        Optional<ReadResult> shared = checks.isPresent() ? sharedRead(checks.get()) : Optional.empty();
        SitePublisher.Outcome outcome;
        if (shared.isPresent()) {
            getLog().info("pm: using what pm:check read and checked in this module");
            outcome = publish(publisher, shared.get());
        } else {
            outcome = publish(publisher);
            if (checks.isPresent()) {
                share(checks.get(), outcome.read());
            }
        }
        if (outcome.verdict().failed()) {
            throw new MojoFailureException("pm: " + outcome.verdict().summary() + ": " + outcome.verdict().reason()
                    + "; nothing was published and " + relative(outputDirectory) + " was left as it was");
        }
        if (!outcome.published()) {
            throw new MojoFailureException("pm: the site was not rendered (see the errors above); the previous site"
                    + " in " + relative(outputDirectory) + " was left as it was");
        }
    }

    /** The publisher for this project's configuration: its reader and templates are built once. */
    protected SitePublisher publisher() throws MojoExecutionException {
        SitePublisher.Request request = request();
        try {
            return new SitePublisher(request);
        } catch (OutputRefusedException e) {
            throw refused(e);
        } catch (IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot read the theme in " + themeDirectory + ": " + e.getMessage(), e);
        }
    }

    /** What to publish, from this project's configuration. */
    protected SitePublisher.Request request() throws MojoExecutionException {
        RunContext context = runContext(language);
        Optional<CheckSettings> checks = checks();
        try {
            SiteSettings settings = SiteSettings.builder().title(siteTitle())
                    .description(description)
                    .baseUrl(blankToNull(baseUrl))
                    .context(context).organisation(blankToNull(organization())).pageSize(pageSize)
                    .dateFormat(dateFormat).ticketUrlPattern(ticketUrlPattern).audience(Audience.parse(audience))
                    .includeDrafts(drafts == null ? draftsByDefault() : drafts).themeDirectory(themeDirectory.toPath())
                    .feedSize(feedSize).build();
            return new SitePublisher.Request(sourceDirectory().toPath(), readerOptions(context), checks, settings,
                    threshold(), maxWarnings(), outputDirectory.toPath(), baseDirectory().toPath(),
                    keep == null ? List.of() : keep);
        } catch (IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        }
    }

    /** Whether drafts are included when {@code drafts} is not set. */
    protected boolean draftsByDefault() {
        return false;
    }

    /** The quality rules to run before rendering, unless {@code check} is off or {@code pm.check.skip} set. */
    private Optional<CheckSettings> checks() throws MojoExecutionException {
        if (check && checkSkip()) {
            getLog().info("pm: quality rules skipped (pm.check.skip)");
        }
        return check && !checkSkip() ? Optional.of(checkSettings()) : Optional.empty();
    }

    /** {@code organization}, or the deprecated {@code organisation} with a warning. */
    private String organization() {
        if (organisation != null && !organisation.isBlank()) {
            getLog().warn("pm: <organisation> (pm.organisation) is deprecated: write <organization>"
                    + " (pm.organization) instead");
            if (!configured("organization", "pm.organization")) {
                return organisation;
            }
        }
        return organization;
    }

    /**
     * {@code siteTitle}; Maven gives the artifactId as {@code project.name} when the POM has no {@code <name>},
     * and then the title is blank, for the theme's in the site's language.
     */
    private String siteTitle() {
        boolean unnamed = project().getModel().getName() == null && !configured("siteTitle", "pm.siteTitle");
        return unnamed || siteTitle == null ? "" : siteTitle;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Reads, checks and renders once, logging one line per phase and every problem. */
    protected SitePublisher.Outcome publish(SitePublisher publisher) throws MojoExecutionException {
        return publish(publisher, null);
    }

    /** One way of publishing: afresh, from an earlier read, or incrementally. */
    @FunctionalInterface
    protected interface Publishing {
        SitePublisher.Outcome publish(Progress progress) throws IOException;
    }

    /** Renders {@code alreadyRead} (findings printed by pm:check), or reads afresh when it is null. */
    private SitePublisher.Outcome publish(SitePublisher publisher, ReadResult alreadyRead)
            throws MojoExecutionException {
        return publish(alreadyRead == null ? publisher::publish : progress -> publisher.publish(alreadyRead, progress),
                alreadyRead == null);
    }

    /** Publishes as {@code how} does, logging one line per phase and every problem; {@code read}: it read. */
    protected SitePublisher.Outcome publish(Publishing how, boolean read) throws MojoExecutionException {
        try {
            SitePublisher.Outcome outcome = how.publish(new ProgressLog(getLog()));
            if (read) {
                logParsed(outcome.read(), outcome.readTime());
            }
            report(outcome.read(), outcome.verdict());
            outcome.site().ifPresent(site -> {
                report(site.problems(), List.of());
                site.notices().forEach(notice -> getLog().info("pm: " + notice));
                if (site.succeeded()) {
                    getLog().info(String.format(Locale.ROOT, "pm: wrote %,d pages and %,d feeds to %s in %.1f s",
                            site.pageCount() - site.feedCount(), site.feedCount(), relative(outputDirectory),
                            outcome.renderTime().toMillis() / 1e3));
                }
            });
            return outcome;
        } catch (OutputRefusedException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot build the site in " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** A refusal is a configuration problem with one clear message: no cause, so no stack trace. */
    protected static MojoExecutionException refused(OutputRefusedException e) {
        return new MojoExecutionException("pm: " + e.refusal().message());
    }

    protected File outputDirectory() {
        return outputDirectory;
    }

    protected File themeDirectory() {
        return themeDirectory;
    }
}
