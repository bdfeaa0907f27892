package dev.pm.maven;

import dev.pm.core.Diagnostic;
import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.model.SeverityScale;
import dev.pm.core.read.FileCheck;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.File;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every pm goal shares, and the mapping of core results to Maven's log and exceptions. */
abstract class AbstractPmMojo extends AbstractMojo {

    /** The folder of postmortem sources, read recursively. Default: {@code src/postmortems}. */
    @Parameter(property = "pm.sourceDirectory", defaultValue = "${project.basedir}/src/postmortems")
    private File sourceDirectory;

    /** The time zone for times written without an offset, and for the dates shown. Default: {@code UTC}. */
    @Parameter(property = "pm.timeZone", defaultValue = "UTC")
    private String timeZone;

    /** The severity levels, worst first. Default: {@code SEV1,SEV2,SEV3,SEV4,SEV5}. */
    @Parameter(property = "pm.severities", defaultValue = "SEV1,SEV2,SEV3,SEV4,SEV5")
    private List<String> severities;

    /** Passes raw HTML in Markdown through instead of escaping it. Default: {@code false}. */
    @Parameter(property = "pm.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /**
     * Rule levels as {@code rule-id=level} entries, level one of error, warning, info or off, for example
     * {@code -Dpm.rules=no-root-cause=off,blameless=error}. Default: every rule at its own level.
     */
    @Parameter(property = "pm.rules")
    private List<String> rules;

    /** The least serious finding that fails the build: error, warning, info or never. Default: {@code error}. */
    @Parameter(property = "pm.failOn", defaultValue = "error")
    private String failOn;

    /** The most warnings tolerated before the build fails; negative for no limit. Default: {@code -1}. */
    @Parameter(property = "pm.maxWarnings", defaultValue = "-1")
    private int maxWarnings;

    /**
     * The reference day (YYYY-MM-DD) against which open action items count as overdue; without it nothing is
     * reported or shown overdue, so builds stay reproducible. Default: none.
     */
    @Parameter(property = "pm.today")
    private String today;

    /** Skips every pm goal. Default: {@code false}. */
    @Parameter(property = "pm.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * The baseline written by {@code pm:baseline}: findings recorded in it are counted, not failed on. A file that
     * does not exist is an empty baseline. Default: {@code src/postmortems/.pm-baseline.json}.
     */
    @Parameter(property = "pm.baseline", defaultValue = "${project.basedir}/src/postmortems/.pm-baseline.json")
    private File baseline;

    /** Whether this goal's own skip flag ({@code pm.<goal>.skip}) is set. */
    protected abstract boolean skipGoal();

    protected boolean skipped() {
        if (skip || skipGoal()) {
            getLog().info("pm: skipped");
            return true;
        }
        return false;
    }

    /**
     * The run's zone, reference day and severity scale, built once and handed to every stage; {@code language}
     * is the site's page language ({@code en} for goals that render nothing).
     */
    protected RunContext runContext(String language) throws MojoFailureException {
        try {
            RunContext context = RunContext.defaults().withZone(ZoneId.of(timeZone))
                    .withSeverityScale(SeverityScale.of(severities)).withLanguage(language);
            return referenceDay().map(context::withToday).orElse(context);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MojoFailureException("pm: bad configuration: " + e.getMessage());
        }
    }

    /** How to read the sources in {@code context}. */
    protected ReaderOptions readerOptions(RunContext context) {
        return ReaderOptions.of(context).withRawHtml(allowRawHtml);
    }

    /** The quality rules at the levels {@code rules} gives, with the baseline when its file exists. */
    protected CheckSettings checkSettings() throws MojoFailureException {
        CheckSettings settings = checkSettingsWithoutBaseline();
        if (baseline == null || !baseline.isFile()) {
            return settings;
        }
        try {
            return settings.withBaseline(dev.pm.core.check.Baseline.read(baseline.toPath(), sourceDirectory.toPath()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new MojoFailureException("pm: cannot read the baseline " + relative(baseline) + ": " + e.getMessage());
        }
    }

    /** The baseline file ({@code pm.baseline}). */
    protected File baselineFile() {
        return baseline;
    }

    /** The quality rules at the levels {@code rules} gives, every finding counting. */
    protected CheckSettings checkSettingsWithoutBaseline() throws MojoFailureException {
        try {
            CheckSettings settings = CheckSettings.defaults();
            for (String entry : rules == null ? List.<String>of() : rules) {
                int equals = entry.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("rules entry '" + entry + "' is not rule-id=level");
                }
                settings = settings.withLevel(entry.substring(0, equals).strip(), entry.substring(equals + 1));
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pm: bad configuration: " + e.getMessage());
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

    /** The least serious finding that fails the build, from {@code failOn}. */
    protected CheckVerdict.Threshold threshold() throws MojoFailureException {
        try {
            return CheckVerdict.Threshold.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pm: bad configuration: failOn " + e.getMessage());
        }
    }

    protected int maxWarnings() {
        return maxWarnings;
    }

    /** Logs every finding the baseline does not know, and the verdict's summary line. */
    protected void report(ReadResult result, CheckVerdict verdict) {
        report(verdict.fresh(result));
        getLog().info("pm: " + verdict.summary());
    }

    protected File sourceDirectory() {
        return sourceDirectory;
    }

    protected File baseDirectory() {
        return baseDirectory;
    }

    /** Reads the sources and judges each with {@code check} as it is read. */
    protected ReadResult read(ReaderOptions options, FileCheck check) throws MojoExecutionException {
        long started = System.nanoTime();
        try {
            ReadResult result = new PostmortemReader(options).read(sourceDirectory.toPath(),
                    new ProgressLog(getLog()), check);
            logParsed(result, Duration.ofNanos(System.nanoTime() - started));
            return result;
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot read " + sourceDirectory + ": " + e.getMessage(), e);
        }
    }

    protected void logParsed(ReadResult result, Duration took) {
        int parsed = result.archive().postmortems().size();
        getLog().info(String.format(java.util.Locale.ROOT, "pm: parsed %,d postmortem%s in %.1f s", parsed,
                parsed == 1 ? "" : "s", took.toMillis() / 1e3));
    }

    /** Logs every diagnostic as {@code path:line:col: level [rule] message}, errors as errors. */
    protected void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            String line = d.format(baseDirectory.toPath());
            switch (d.level()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }
    }

    protected String relative(File file) {
        java.nio.file.Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        java.nio.file.Path path = file.toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }
}
