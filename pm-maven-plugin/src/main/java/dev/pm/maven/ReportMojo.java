package dev.pm.maven;

import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.Checks;
import dev.pm.core.read.ReadResult;
import dev.pm.core.site.OutputFolder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Adds a "Postmortems" page to the Maven site ({@code mvn site}): how many postmortems there are, the findings
 * of the quality rules by level, the findings per postmortem and per rule, and a link to the rendered archive.
 * The sources are read and judged as {@code pm:check} does, with the same parameters; a finding never fails the
 * site, the page shows it. Run on its own ({@code mvn pm:report}), it writes the page without the site's skin.
 *
 * <p>The link to the archive is, in this order: {@code archiveLink} when set; the folder {@code pm:site} wrote
 * ({@code outputDirectory}) when it lies inside the site; otherwise, with {@code copyArchive}, a copy of that folder
 * made as {@code postmortems/} in the site. Without any of them the page says how to get the archive.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractCheckingMojo implements MavenMultiPageReport {

    /** The page's file name in the site, without {@code .html}. */
    static final String OUTPUT_NAME = "postmortems-report";

    /** The folder of the site that the copy of the archive is made in. */
    static final String ARCHIVE_FOLDER = "postmortems";

    /** Where the site is written; {@code mvn site} sets it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File siteOutputDirectory;

    /**
     * The folder that {@code pm:site} writes the archive to (the same parameter as {@code pm:site}'s): the page links
     * to it when it lies inside the site, and copies it into the site when {@code copyArchive} is on.
     */
    @Parameter(property = "pm.outputDirectory", defaultValue = "${project.build.directory}/postmortems")
    private File outputDirectory;

    /**
     * Where the page links to the rendered archive, such as {@code https://incidents.example.com/}, or a path
     * relative to the page. Default: none, the archive that {@code pm:site} wrote, when there is one.
     */
    @Parameter(property = "pm.report.archiveLink")
    private String archiveLink;

    /**
     * Copies the archive that {@code pm:site} wrote (when its {@code outputDirectory} holds one, outside the site)
     * into the site as {@code postmortems/}, and links to it; run {@code pm:site} before {@code site}, as in
     * {@code mvn pm:site site}.
     */
    @Parameter(property = "pm.report.copyArchive", defaultValue = "true")
    private boolean copyArchive;

    /**
     * The language of the page when {@code pm:report} runs on its own ({@code mvn pm:report -Dpm.locale=de}):
     * English, German, French, Spanish or Japanese ({@code en}, {@code de}, {@code fr}, {@code es}, {@code ja},
     * a country may follow: {@code de-CH}); {@code default} gives English. Another language gives English with a
     * warning, and a value that is no language tag fails the goal. In {@code mvn site} the page follows the site's
     * locale instead (maven-site-plugin's {@code <locales>}), as Maven's own reports do.
     */
    @Parameter(property = "pm.locale", defaultValue = "default")
    private String locale;

    /** Skips {@code pm:report}: the site gets no "Postmortems" page. */
    @Parameter(property = "pm.report.skip", defaultValue = "false")
    private boolean reportSkip;

    @Override
    protected boolean skipGoal() {
        return reportSkip || checkSkip();
    }

    /** {@code mvn pm:report}: the page on its own, in {@code target/site} (the site's skin needs {@code mvn site}). */
    @Override
    protected void run() throws MojoExecutionException {
        if (noSourcesHere()) {
            return;
        }
        Locale pageLocale = standaloneLocale();
        Path page = siteOutputDirectory.toPath().resolve(getOutputName() + ".html");
        try {
            Files.createDirectories(siteOutputDirectory.toPath());
            Sink sink = new Xhtml5SinkFactory().createSink(siteOutputDirectory, getOutputName() + ".html");
            render(sink, pageLocale);
        } catch (IOException | MavenReportException e) {
            throw new MojoExecutionException("pm: cannot write " + page + ": " + e.getMessage(), e);
        }
        getLog().info("pm: wrote " + relative(page.toFile()));
    }

    /** The page's locale that {@code locale} names: an error when it names none, a warning when pm lacks it. */
    private Locale standaloneLocale() throws MojoExecutionException {
        Locale named;
        try {
            named = ReportText.parse(locale);
        } catch (IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        }
        ReportText.englishInstead(named).ifPresent(notice -> getLog().warn("pm: " + notice + " (locale, pm.locale)"));
        return named;
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        try {
            return !skipped() && !noSourcesHere();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale siteLocale) throws MavenReportException {
        render(sink, siteLocale);
    }

    @Override
    public void generate(Sink sink, Locale siteLocale) throws MavenReportException {
        render(sink, siteLocale);
    }

    private void render(Sink sink, Locale pageLocale) throws MavenReportException {
        ReadResult result;
        CheckVerdict verdict;
        try {
            RunContext context = runContext("en");
            CheckSettings settings = checkSettings();
            result = sharedRead(settings).orElse(null);
            if (result == null) {
                result = read(readerOptions(context), new Checks(settings, context));
            }
            // The baseline as pm:check applies it, so that the page never says pm:check would fail when it passes.
            verdict = CheckVerdict.of(result, threshold(), maxWarnings(), settings.baseline());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        getLog().info("pm: report: " + verdict.summary());
        new PostmortemsReportRenderer(sink, result, verdict, baseDirectory().toPath(), archiveHref(),
                pageLocale == null ? Locale.ROOT : pageLocale).render();
    }

    /** Where the page links to the archive, if anywhere; see the class comment for the order. */
    private Optional<String> archiveHref() throws MavenReportException {
        if (archiveLink != null && !archiveLink.isBlank()) {
            return Optional.of(archiveLink.strip());
        }
        Path site = siteOutputDirectory.toPath().toAbsolutePath().normalize();
        Path archive = outputDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(archive.resolve("index.html"))) {
            return Optional.empty();
        }
        if (archive.startsWith(site) && !archive.equals(site)) {
            return Optional.of(site.relativize(archive).toString().replace('\\', '/') + "/index.html");
        }
        if (!copyArchive || site.startsWith(archive)) {
            return Optional.empty();
        }
        Path copy = site.resolve(ARCHIVE_FOLDER);
        try {
            copyTree(archive, copy);
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("pm: cannot copy the archive " + archive + " to " + copy + ": "
                    + e.getMessage(), e);
        }
        getLog().info("pm: copied the archive " + relative(archive.toFile()) + " into the site as "
                + ARCHIVE_FOLDER + "/");
        return Optional.of(ARCHIVE_FOLDER + "/index.html");
    }

    /** Copies {@code from} to {@code to}, replacing what is there, without pm's marker of its output folders. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals(OutputFolder.MARKER)) {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return MavenReport.CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return new ReportText(locale == null ? Locale.ROOT : locale).text("name");
    }

    @Override
    public String getDescription(Locale locale) {
        return new ReportText(locale == null ? Locale.ROOT : locale).text("description");
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.siteOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return siteOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }
}
