package dev.pm.maven;

import dev.pm.core.Diagnostic;
import dev.pm.core.RunContext;
import dev.pm.core.check.Baseline;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.read.FileCheck;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that read and check postmortems ({@code pm:check}, {@code pm:site}, {@code pm:serve}): the reader's
 * options, the rule levels, the threshold, and the one read per module that {@code pm:check} and {@code pm:site}
 * share.
 */
abstract class AbstractCheckingMojo extends AbstractPmMojo {

    private static final String SHARED_READ = "dev.pm.read:";
    private static final String REPORTED = "dev.pm.reported:";

    /** Passes raw HTML in Markdown through instead of escaping it. */
    @Parameter(property = "pm.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /**
     * Rule levels by rule id, each one of error, warning, info or off, for example
     * {@code <rules><blameless>error</blameless><no-root-cause>off</no-root-cause></rules>}. Default: every rule
     * at its own level.
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * Rule levels given on the command line, {@code rule-id=level} entries separated by commas, such as
     * {@code -Dpm.rules=no-root-cause=off,blameless=error}; applied on top of {@code rules}. Default: none.
     */
    @Parameter(property = "pm.rules")
    private String ruleOverrides;

    /** The least serious finding that fails the build: error, warning, info or never. */
    @Parameter(property = "pm.failOn", defaultValue = "error")
    private String failOn;

    /** The most warnings tolerated before the build fails; negative for no limit. */
    @Parameter(property = "pm.maxWarnings", defaultValue = "-1")
    private int maxWarnings;

    /**
     * Skips the quality rules wherever they run: {@code pm:check} does nothing, and {@code pm:site} and
     * {@code pm:serve} render without checking (a postmortem that cannot be read still stops {@code pm:site}).
     */
    @Parameter(property = "pm.check.skip", defaultValue = "false")
    private boolean checkSkip;

    /**
     * The baseline written by {@code pm:baseline}: findings recorded in it are counted, not failed on. A file that
     * does not exist is an empty baseline.
     */
    @Parameter(property = "pm.baseline", defaultValue = "${project.basedir}/src/postmortems/.pm-baseline.json")
    private File baseline;

    protected boolean checkSkip() {
        return checkSkip;
    }

    /**
     * Whether the sources' folder is missing although nobody set it: then the goal skips with one line, so that
     * pm can be declared in a parent POM whose modules do not all hold postmortems. A folder that was set and is
     * missing is left to the reader, which reports it as an error.
     */
    protected boolean noSourcesHere() {
        if (sourceDirectory().exists() || configured("sourceDirectory", "pm.sourceDirectory")) {
            return false;
        }
        getLog().info("pm: no " + relative(sourceDirectory()) + " in this module; skipped");
        return true;
    }

    /** How to read the sources in {@code context}. */
    protected ReaderOptions readerOptions(RunContext context) {
        return ReaderOptions.of(context).withRawHtml(allowRawHtml);
    }

    /** The quality rules as {@link #checkSettingsWithoutBaseline()} gives them, with the baseline if it exists. */
    protected CheckSettings checkSettings() throws MojoExecutionException {
        CheckSettings settings = checkSettingsWithoutBaseline();
        if (baseline == null || !baseline.isFile()) {
            return settings;
        }
        try {
            return settings.withBaseline(Baseline.read(baseline.toPath(), sourceDirectory().toPath()));
        } catch (IOException | RuntimeException e) {
            throw badConfiguration("cannot read the baseline " + relative(baseline) + ": " + e.getMessage());
        }
    }

    /** The baseline file ({@code pm.baseline}). */
    protected File baselineFile() {
        return baseline;
    }

    /** The quality rules at the levels {@code rules} and then {@code -Dpm.rules} give, every finding counting. */
    protected CheckSettings checkSettingsWithoutBaseline() throws MojoExecutionException {
        try {
            Map<String, String> levels = new TreeMap<>();
            if (rules != null) {
                rules.forEach((key, value) -> {
                    // the list form of 0.1 (<rules><rule>id=level</rule></rules>) is still read
                    if (key.equals("rule") && value != null && value.contains("=")) {
                        int equals = value.indexOf('=');
                        levels.put(value.substring(0, equals).strip(), value.substring(equals + 1));
                    } else {
                        levels.put(key, value);
                    }
                });
            }
            return CheckSettings.defaults().withLevels(levels).withLevelList(ruleOverrides);
        } catch (IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        }
    }

    /** The least serious finding that fails the build, from {@code failOn}. */
    protected CheckVerdict.Threshold threshold() throws MojoExecutionException {
        try {
            return CheckVerdict.Threshold.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw badConfiguration("failOn " + e.getMessage());
        }
    }

    protected int maxWarnings() {
        return maxWarnings;
    }

    /** What identifies a checked read, so that another goal of this module with the same settings may reuse it. */
    private String sharedKey(CheckSettings settings) {
        StringBuilder levels = new StringBuilder();
        for (var rule : CheckSettings.rules()) {
            levels.append(rule.id()).append('=').append(settings.levelOf(rule.id())).append(',');
        }
        return readingKey() + "|" + allowRawHtml + "|" + levels;
    }

    /** A checked read that another goal of this module made with the same settings, if any. */
    protected Optional<ReadResult> sharedRead(CheckSettings settings) {
        Object value = project().getContextValue(SHARED_READ + sharedKey(settings));
        return value instanceof ReadResult result ? Optional.of(result) : Optional.empty();
    }

    /** Keeps a checked read for the other goals of this module, whose findings are now printed. */
    protected void share(CheckSettings settings, ReadResult result) {
        project().setContextValue(SHARED_READ + sharedKey(settings), result);
    }

    /** Reads the sources and judges each with {@code check} as it is read. */
    protected ReadResult read(ReaderOptions options, FileCheck check) throws MojoExecutionException {
        long started = System.nanoTime();
        try {
            ReadResult result = new PostmortemReader(options).read(sourceDirectory().toPath(),
                    new ProgressLog(getLog()), check);
            logParsed(result, Duration.ofNanos(System.nanoTime() - started));
            return result;
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot read " + sourceDirectory() + ": " + e.getMessage(), e);
        }
    }

    protected void logParsed(ReadResult result, Duration took) {
        int parsed = result.archive().postmortems().size();
        getLog().info(String.format(Locale.ROOT, "pm: parsed %,d postmortem%s in %.1f s", parsed,
                parsed == 1 ? "" : "s", took.toMillis() / 1e3));
    }

    /**
     * Logs every finding of {@code result} not printed yet in this module, and the verdict's summary line. The
     * findings that fail the build are logged as errors, so that {@code mvn -q} shows them too.
     */
    protected void report(ReadResult result, CheckVerdict verdict) {
        List<Diagnostic> fresh = verdict.fresh(result);
        report(fresh, verdict.failing());
        getLog().info("pm: " + verdict.summary());
    }

    /**
     * Logs each diagnostic once per module as {@code path:line:col: level [rule] message}; a finding printed before
     * as a warning is printed again, as an error, when it now fails the build, so that {@code -q} shows it.
     */
    protected void report(List<Diagnostic> diagnostics, List<Diagnostic> failing) {
        Map<Diagnostic, Boolean> printed = printedInThisModule();
        Set<Diagnostic> failingSet = new HashSet<>(failing);
        synchronized (printed) {
            for (Diagnostic d : diagnostics) {
                boolean loud = failingSet.contains(d) || d.level() == Diagnostic.Level.ERROR;
                Boolean before = printed.get(d);
                if (before != null && (before || !loud)) {
                    continue;
                }
                printed.put(d, loud);
                String line = d.format(baseDirectory().toPath());
                if (loud) {
                    getLog().error(line);
                } else if (d.level() == Diagnostic.Level.WARNING) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        }
    }

    /**
     * The findings printed so far in this module and whether each was printed as an error; {@code pm:serve}
     * overrides it with a fresh map, since each rebuild prints its findings again.
     */
    @SuppressWarnings("unchecked")
    protected Map<Diagnostic, Boolean> printedInThisModule() {
        synchronized (project()) {
            Object value = project().getContextValue(REPORTED + readingKey());
            if (value == null) {
                value = new java.util.HashMap<Diagnostic, Boolean>();
                project().setContextValue(REPORTED + readingKey(), value);
            }
            return (Map<Diagnostic, Boolean>) value;
        }
    }
}
