package dev.pm.maven;

import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.Checks;
import dev.pm.core.check.SarifReport;
import dev.pm.core.read.ReadResult;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every postmortem against the quality rules, prints one line per finding, writes a SARIF report, and
 * fails the build when a finding reaches {@code failOn} or there are more than {@code maxWarnings} warnings.
 * Findings recorded in the baseline ({@code pm.baseline}) are counted and never fail it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPmMojo {

    /** Where the SARIF 2.1.0 report is written, for code-scanning annotations. Default: {@code target/pm-check.sarif}. */
    @Parameter(property = "pm.sarifFile", defaultValue = "${project.build.directory}/pm-check.sarif")
    private File sarifFile;

    /** Skips {@code pm:check}. Default: {@code false}. */
    @Parameter(property = "pm.check.skip", defaultValue = "false")
    private boolean checkSkip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected boolean skipGoal() {
        return checkSkip;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        RunContext context = runContext("en");
        CheckSettings settings = checkSettings();
        ReadResult result = read(readerOptions(context), new Checks(settings, context));
        CheckVerdict verdict = CheckVerdict.of(result, threshold(), maxWarnings(), settings.baseline());
        try {
            SarifReport.write(result.diagnostics(), settings.baseline().map(b -> verdict.known()),
                    baseDirectory().toPath(), pluginVersion, sarifFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot write " + sarifFile + ": " + e.getMessage(), e);
        }
        report(result, verdict);
        if (verdict.failed()) {
            throw new MojoFailureException("pm: " + verdict.summary() + ": " + verdict.reason());
        }
    }
}
