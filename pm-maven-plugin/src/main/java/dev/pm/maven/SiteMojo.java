package dev.pm.maven;

import dev.pm.core.ReadResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Reads the postmortem archive and renders it as a static site. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractPmMojo {

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
        ReadResult result = read(readerOptions());
        report(result.diagnostics());
        if (result.hasErrors()) {
            throw new MojoFailureException(String.format(java.util.Locale.ROOT,
                    "pm: %d errors and %d warnings in %d files: fix the errors listed above",
                    result.errorCount(), result.warningCount(), result.fileCount()));
        }
    }
}
