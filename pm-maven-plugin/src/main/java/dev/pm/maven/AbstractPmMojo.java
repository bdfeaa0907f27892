package dev.pm.maven;

import dev.pm.core.check.ConfigurationNames;
import dev.pm.core.RunContext;
import dev.pm.core.ShortRunCompilation;
import dev.pm.core.model.SeverityScale;
import java.io.File;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What every pm goal shares: the sources' folder, zone, severity scale and reference day, the skip flags, and the
 * check of pm's {@code <configuration>} for unknown elements. Goals that read and check postmortems extend
 * {@link AbstractCheckingMojo}.
 */
abstract class AbstractPmMojo extends AbstractMojo {

    /**
     * The folder of postmortem sources, read recursively. When it is missing and was not set (neither in the POM
     * nor with {@code -Dpm.sourceDirectory}), {@code pm:check} and {@code pm:site} skip the module with one line, so
     * pm can be declared in a parent POM; a missing folder that was set is an error.
     */
    @Parameter(property = "pm.sourceDirectory", defaultValue = "${project.basedir}/src/postmortems")
    private File sourceDirectory;

    /** The time zone for times written without an offset, and for the dates shown. */
    @Parameter(property = "pm.timeZone", defaultValue = "UTC")
    private String timeZone;

    /** The severity levels, worst first. */
    @Parameter(property = "pm.severities", defaultValue = "SEV1,SEV2,SEV3,SEV4,SEV5")
    private List<String> severities;

    /**
     * The reference day (YYYY-MM-DD): {@code pm:new} dates the new postmortem with it, and the checks count open
     * action items as overdue against it; without it {@code pm:new} uses today and nothing is reported or shown
     * overdue, so builds stay reproducible. Default: none.
     */
    @Parameter(property = "pm.today")
    private String today;

    /**
     * Keeps the JVM's optimising compiler (C2) out while the goal runs, and gives it back after: a build of a
     * team's archive ends before C2's code pays back its compiling, and on a small CI runner C2 takes a core from
     * the build (see "Performance" in the README for the figures). {@code pm:serve}, which runs for long, never
     * does this. Set it to {@code false} to leave the JVM's compilers as they are.
     */
    @Parameter(property = "pm.shortRunCompilation", defaultValue = "true")
    private boolean shortRunCompilation;

    /** Skips every pm goal. */
    @Parameter(property = "pm.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Whether this goal's own skip flag ({@code pm.<goal>.skip}) is set. */
    protected abstract boolean skipGoal();

    /** The goal's work, once the configuration is known to be well-formed and the goal is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        try (ShortRunCompilation compilation = shortRunCompilation && runsShort() ? ShortRunCompilation.begin()
                : ShortRunCompilation.none()) {
            run();
            if (getLog().isDebugEnabled()) {
                // applied() waits for the directive, which a goal need not do otherwise.
                getLog().debug("pm: C2 kept out while the goal ran: " + compilation.applied());
            }
        }
    }

    /** Whether the goal ends within seconds, as a build does; the preview server says no. */
    protected boolean runsShort() {
        return true;
    }

    /**
     * Checks pm's {@code <configuration>} for unknown elements, then tells whether the goal is skipped, saying so
     * in one line. {@link #execute()} starts with it; {@code pm:report}, which {@code mvn site} calls through its
     * report interface instead of {@code execute()}, starts with it as well.
     */
    protected final boolean skipped() throws MojoExecutionException {
        checkConfigurationNames();
        if (skip || skipGoal()) {
            getLog().info("pm: skipped");
            return true;
        }
        return false;
    }

    /**
     * Fails on an element of pm's {@code <configuration>} that no pm goal knows. Maven drops such elements before
     * the goal sees them (and only Maven 3.9 warns), so the POM's own configuration of this plugin and execution is
     * compared with the parameter names of every pm goal: plugin-level configuration is shared by all goals, so an
     * element is unknown only when no goal has it.
     */
    private void checkConfigurationNames() throws MojoExecutionException {
        MojoDescriptor descriptor = mojoExecution.getMojoDescriptor();
        List<String> given = ownConfigurationNames();
        if (given.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        for (MojoDescriptor goal : descriptor.getPluginDescriptor().getMojos()) {
            if (goal.getParameters() != null) {
                goal.getParameters().forEach(p -> {
                    known.add(p.getName());
                    if (p.getAlias() != null) {
                        known.add(p.getAlias());
                    }
                });
            }
        }
        Optional<String> problem = ConfigurationNames.unknown(given, known, "pm's <configuration>");
        if (problem.isPresent()) {
            throw new MojoExecutionException("pm: " + problem.get());
        }
    }

    private static void childNames(Object configuration, List<String> into) {
        if (configuration instanceof Xpp3Dom dom) {
            for (Xpp3Dom child : dom.getChildren()) {
                into.add(child.getName());
            }
        }
    }

    /** Whether {@code parameter} was set in the POM for this goal or with {@code -D<property>}. */
    protected boolean configured(String parameter, String property) {
        return session.getUserProperties().containsKey(property) || ownConfigurationNames().contains(parameter);
    }

    /**
     * The element names of pm's {@code <configuration>} in this POM: the build plugin's, this execution's, and
     * the {@code <reporting>} plugin's (where {@code pm:report} is configured for {@code mvn site}).
     */
    private List<String> ownConfigurationNames() {
        String key = mojoExecution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        List<String> names = new ArrayList<>();
        Plugin plugin = project.getPlugin(key);
        if (plugin != null) {
            childNames(plugin.getConfiguration(), names);
            PluginExecution execution = plugin.getExecutionsAsMap().get(mojoExecution.getExecutionId());
            if (execution != null) {
                childNames(execution.getConfiguration(), names);
            }
        }
        if (project.getModel().getReporting() != null) {
            ReportPlugin report = project.getModel().getReporting().getReportPluginsAsMap().get(key);
            if (report != null) {
                childNames(report.getConfiguration(), names);
            }
        }
        return names;
    }

    /**
     * The run's zone, reference day and severity scale, built once and handed to every stage; {@code language}
     * is the site's page language ({@code en} for goals that render nothing).
     */
    protected RunContext runContext(String language) throws MojoExecutionException {
        try {
            RunContext context = RunContext.defaults().withZone(ZoneId.of(timeZone))
                    .withSeverityScale(SeverityScale.of(severities)).withLanguage(language);
            return referenceDay().map(context::withToday).orElse(context);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        }
    }

    /** The day given with {@code pm.today}, if any. */
    protected Optional<LocalDate> referenceDay() {
        if (today == null || today.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(today.strip()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("today '" + today + "' is not a day: write it as YYYY-MM-DD");
        }
    }

    /** A configuration problem: an error of the build's setup (MojoExecutionException), not a failing check. */
    protected static MojoExecutionException badConfiguration(String message) {
        return new MojoExecutionException("pm: bad configuration: " + message);
    }

    /**
     * The sources' folder. Without a POM (pm:new), Maven leaves {@code ${project.basedir}} unresolved, so the
     * default is taken in the folder Maven was started in.
     */
    protected File sourceDirectory() {
        if (sourceDirectory.getPath().contains("${project.basedir}")) {
            return new File(baseDirectory(), "src/postmortems");
        }
        return sourceDirectory;
    }

    protected File baseDirectory() {
        if (project.getBasedir() != null) {
            return project.getBasedir();
        }
        String root = session.getExecutionRootDirectory();
        return new File(root != null ? root : System.getProperty("user.dir")).getAbsoluteFile();
    }

    protected MavenProject project() {
        return project;
    }

    /** The configuration values that decide what reading gives, for {@link AbstractCheckingMojo}'s shared read. */
    protected String readingKey() {
        return sourceDirectory().getAbsolutePath() + "|" + timeZone + "|" + severities + "|" + today;
    }

    protected String relative(File file) {
        java.nio.file.Path base = baseDirectory().toPath().toAbsolutePath().normalize();
        java.nio.file.Path path = file.toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }
}
