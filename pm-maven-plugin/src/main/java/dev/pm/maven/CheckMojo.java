package dev.pm.maven;

import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.Checks;
import dev.pm.core.check.CodeQualityReport;
import dev.pm.core.check.RepositoryRoot;
import dev.pm.core.check.SarifReport;
import dev.pm.core.read.ReadResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every postmortem against the quality rules, prints one line per finding, writes a SARIF report and a
 * GitLab Code Quality report, and fails the build when a finding reaches {@code failOn} or there are more than
 * {@code maxWarnings} warnings. Findings recorded in the baseline ({@code pm.baseline}) are counted and never fail
 * it. When {@code pm:site} already read and checked the same sources with the same
 * settings in this module, its result is used and its findings are not printed again.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCheckingMojo {

    /** Where the SARIF 2.1.0 report is written, for code-scanning annotations (GitHub). */
    @Parameter(property = "pm.sarifFile", defaultValue = "${project.build.directory}/pm-check.sarif")
    private File sarifFile;

    /** Where the Code Quality report (CodeClimate JSON) is written, for GitLab merge requests. */
    @Parameter(property = "pm.codeQualityFile", defaultValue = "${project.build.directory}/pm-codequality.json")
    private File codeQualityFile;

    /**
     * The folder that the paths in both reports are relative to. Default: the nearest folder at or above the
     * project that holds {@code .git}, or the project's folder outside a Git repository.
     */
    @Parameter(property = "pm.sarifRoot")
    private File sarifRoot;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected boolean skipGoal() {
        return checkSkip();
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (noSourcesHere()) {
            return;
        }
        RunContext context = runContext("en");
        CheckSettings settings = checkSettings();
        ReadResult result = sharedRead(settings).orElse(null);
        if (result == null) {
            result = read(readerOptions(context), new Checks(settings, context));
            share(settings, result);
        } else {
            getLog().info("pm: using what pm:site read and checked in this module");
        }
        CheckVerdict verdict = CheckVerdict.of(result, threshold(), maxWarnings(), settings.baseline());
        Path root = sarifRoot != null ? sarifRoot.toPath().toAbsolutePath().normalize()
                : RepositoryRoot.of(baseDirectory().toPath());
        try {
            SarifReport.write(result.diagnostics(), settings.baseline().map(b -> verdict.known()), root,
                    pluginVersion, sarifFile.toPath());
            CodeQualityReport.write(verdict.fresh(result), root, codeQualityFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot write the reports in " + sarifFile.getParent() + ": "
                    + e.getMessage(), e);
        }
        report(result, verdict);
        if (verdict.failed()) {
            throw new MojoFailureException("pm: " + verdict.summary() + ": " + verdict.reason());
        }
    }
}
