package dev.pm.maven;

import dev.pm.core.OutputRefusedException;
import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.model.Audience;
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

/** Renders the postmortem archive as a static site. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractPmMojo {

    /**
     * The folder the site is written to; replaced only when the build succeeds. pm refuses the project folder, the
     * repository, the sources, the theme, a file, and a non-empty folder it did not write. Default:
     * {@code target/postmortems}.
     */
    @Parameter(property = "pm.outputDirectory", defaultValue = "${project.build.directory}/postmortems")
    private File outputDirectory;

    /**
     * Files in the output folder that are not pm's and that every new site carries over unchanged: paths or globs
     * relative to the output folder, such as {@code -Dpm.keep=CNAME,about.html,assets/**} for a GitHub Pages
     * {@code docs/} folder. Default: none.
     */
    @Parameter(property = "pm.keep")
    private List<String> keep;

    /** A folder whose {@code templates/} and {@code static/} override the bundled theme. Default: {@code src/pm-theme}. */
    @Parameter(property = "pm.themeDirectory", defaultValue = "${project.basedir}/src/pm-theme")
    private File themeDirectory;

    /** The site's title. Default: {@code Incident history}. */
    @Parameter(property = "pm.siteTitle", defaultValue = "Incident history")
    private String siteTitle;

    /** One sentence under the title. Default: a sentence about the archive. */
    @Parameter(property = "pm.description", defaultValue = "What went wrong, why, and what we are doing about it.")
    private String description;

    /** The absolute URL the site is served at; enables canonical URLs, the sitemap and the feeds. Default: none. */
    @Parameter(property = "pm.baseUrl")
    private String baseUrl;

    /** The page language (BCP 47), also the locale of dates. Default: {@code en}. */
    @Parameter(property = "pm.language", defaultValue = "en")
    private String language;

    /** Who the postmortems are from, shown in the footer. Default: none. */
    @Parameter(property = "pm.organisation")
    private String organisation;

    /** Postmortems per page of the home listing. Default: {@code 20}. */
    @Parameter(property = "pm.pageSize", defaultValue = "20")
    private int pageSize;

    /** The pattern for days ({@code java.time} syntax). Default: the language's long date ({@code 12 March 2026}). */
    @Parameter(property = "pm.dateFormat")
    private String dateFormat;

    /** A URL with {@code {id}} that turns ticket ids into links. Default: none. */
    @Parameter(property = "pm.ticketUrlPattern")
    private String ticketUrlPattern;

    /** {@code public} leaves internal postmortems and sections out; {@code internal} includes them, marked. Default: {@code public}. */
    @Parameter(property = "pm.audience", defaultValue = "public")
    private String audience;

    /** Includes drafts, marked as such. Default: {@code false}. */
    @Parameter(property = "pm.drafts", defaultValue = "false")
    private boolean drafts;

    /**
     * Runs the quality rules of {@code pm:check} first, and publishes nothing when a finding reaches
     * {@code failOn}. Default: {@code true}.
     */
    @Parameter(property = "pm.site.check", defaultValue = "true")
    private boolean check;

    /** How many of the newest postmortems each feed holds. Default: {@code 50}. */
    @Parameter(property = "pm.feedSize", defaultValue = "50")
    private int feedSize;

    /** Skips {@code pm:site}. Default: {@code false}. */
    @Parameter(property = "pm.site.skip", defaultValue = "false")
    private boolean siteSkip;

    @Override
    protected boolean skipGoal() {
        return siteSkip;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        SitePublisher.Outcome outcome = publish(publisher());
        if (outcome.verdict().failed()) {
            throw new MojoFailureException("pm: " + outcome.verdict().summary() + ": " + outcome.verdict().reason()
                    + "; nothing was published and " + relative(outputDirectory) + " was left as it was");
        }
        if (!outcome.published()) {
            throw new MojoFailureException("pm: template errors; the previous site in " + relative(outputDirectory)
                    + " was left as it was");
        }
    }

    /** The publisher for this project's configuration: its reader and templates are built once. */
    protected SitePublisher publisher() throws MojoFailureException, MojoExecutionException {
        RunContext context = runContext(language);
        Optional<CheckSettings> checks = check ? Optional.of(checkSettings()) : Optional.empty();
        try {
            SiteSettings settings = SiteSettings.builder().title(siteTitle).description(description).baseUrl(baseUrl)
                    .context(context).organisation(organisation).pageSize(pageSize)
                    .dateFormat(dateFormat).ticketUrlPattern(ticketUrlPattern).audience(Audience.parse(audience))
                    .includeDrafts(drafts).themeDirectory(themeDirectory.toPath()).feedSize(feedSize).build();
            return new SitePublisher(new SitePublisher.Request(sourceDirectory().toPath(), readerOptions(context),
                    checks, settings, threshold(), maxWarnings(), outputDirectory.toPath(), baseDirectory().toPath(),
                    keep == null ? List.of() : keep));
        } catch (OutputRefusedException e) {
            throw refused(e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pm: bad configuration: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot read the theme in " + themeDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Reads, checks and renders once, logging one line per phase and every problem. */
    protected SitePublisher.Outcome publish(SitePublisher publisher) throws MojoExecutionException {
        try {
            SitePublisher.Outcome outcome = publisher.publish(new ProgressLog(getLog()));
            logParsed(outcome.read(), outcome.readTime());
            report(outcome.read(), outcome.verdict());
            outcome.site().ifPresent(site -> {
                report(site.problems());
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
    private static MojoExecutionException refused(OutputRefusedException e) {
        return new MojoExecutionException("pm: " + e.refusal().message());
    }

    protected File outputDirectory() {
        return outputDirectory;
    }

    protected File themeDirectory() {
        return themeDirectory;
    }
}
