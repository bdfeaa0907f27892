package dev.pm.maven;

import dev.pm.core.Diagnostic;
import dev.pm.core.RunContext;
import dev.pm.core.check.Baseline;
import dev.pm.core.check.Checks;
import dev.pm.core.read.ReadResult;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records today's quality findings in the baseline file ({@code pm.baseline}, by default
 * {@code src/postmortems/.pm-baseline.json}), so that an existing archive can adopt pm: {@code pm:check} and
 * {@code pm:site} then fail only on findings that are not in it. Run it again after fixing findings: the fixed ones
 * leave the file. Read problems are never recorded; this goal fails when there are any, as {@code pm:check} would.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractCheckingMojo {

    /** Skips {@code pm:baseline}. Default: {@code false}. */
    @Parameter(property = "pm.baseline.skip", defaultValue = "false")
    private boolean baselineSkip;

    @Override
    protected boolean skipGoal() {
        return baselineSkip;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RunContext context = runContext("en");
        ReadResult result = read(readerOptions(context), new Checks(checkSettingsWithoutBaseline(), context));
        Baseline baseline = Baseline.of(result.diagnostics(), sourceDirectory().toPath());
        int before;
        try {
            before = Baseline.read(baselineFile().toPath(), sourceDirectory().toPath()).entries().size();
        } catch (IOException | RuntimeException e) {
            before = 0;
        }
        try {
            baseline.write(baselineFile().toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot write " + baselineFile() + ": " + e.getMessage(), e);
        }
        long unrecorded = result.diagnostics().stream().filter(d -> !Baseline.baselinable(d)).count();
        int now = baseline.entries().size();
        getLog().info("pm: wrote " + now + " known finding" + (now == 1 ? "" : "s") + " to " + relative(baselineFile())
                + (before > now ? " (" + (before - now) + " fewer than before)" : ""));
        if (result.hasErrors() && unrecorded > 0) {
            List<Diagnostic> unbaselinable = result.diagnostics().stream().filter(d -> !Baseline.baselinable(d))
                    .toList();
            report(unbaselinable, unbaselinable);
            throw new MojoFailureException("pm: " + unrecorded + " read problem" + (unrecorded == 1 ? "" : "s")
                    + " cannot be baselined: fix " + (unrecorded == 1 ? "it" : "them") + " first");
        }
        for (Diagnostic d : result.diagnostics()) {
            if (!Baseline.baselinable(d)) {
                getLog().warn(d.format(baseDirectory().toPath()));
            }
        }
    }
}
