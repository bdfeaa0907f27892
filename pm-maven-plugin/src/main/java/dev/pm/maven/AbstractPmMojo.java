package dev.pm.maven;

import dev.pm.core.Diagnostic;
import dev.pm.core.PostmortemReader;
import dev.pm.core.ReadResult;
import dev.pm.core.ReaderOptions;
import dev.pm.core.SeverityScale;
import java.io.File;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
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

    /** Skips every pm goal. Default: {@code false}. */
    @Parameter(property = "pm.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** Whether this goal's own skip flag ({@code pm.<goal>.skip}) is set. */
    protected abstract boolean skipGoal();

    protected boolean skipped() {
        if (skip || skipGoal()) {
            getLog().info("pm: skipped");
            return true;
        }
        return false;
    }

    protected ReaderOptions readerOptions() throws MojoFailureException {
        try {
            return new ReaderOptions(ZoneId.of(timeZone), SeverityScale.of(severities), allowRawHtml);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MojoFailureException("pm: bad configuration: " + e.getMessage());
        }
    }

    protected ReadResult read(ReaderOptions options) throws MojoExecutionException {
        long started = System.nanoTime();
        try {
            ReadResult result = new PostmortemReader(options).read(sourceDirectory.toPath());
            getLog().info(String.format(java.util.Locale.ROOT, "pm: parsed %,d postmortems in %.1f s",
                    result.archive().postmortems().size(), (System.nanoTime() - started) / 1e9));
            return result;
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot read " + sourceDirectory + ": " + e.getMessage(), e);
        }
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

    /** Reports the diagnostics and fails with one summary line when any is an error. */
    protected void failOnErrors(ReadResult result) throws MojoFailureException {
        report(result.diagnostics());
        if (result.hasErrors()) {
            throw new MojoFailureException(String.format(java.util.Locale.ROOT,
                    "pm: %d errors and %d warnings in %d files: fix the errors listed above",
                    result.errorCount(), result.warningCount(), result.fileCount()));
        }
    }

    protected String relative(File file) {
        java.nio.file.Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        java.nio.file.Path path = file.toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }
}
