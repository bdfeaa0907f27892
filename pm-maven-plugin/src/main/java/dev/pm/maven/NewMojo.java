package dev.pm.maven;

import dev.pm.core.OutputRefusedException;
import dev.pm.core.RunContext;
import dev.pm.core.model.Severity;
import dev.pm.core.read.NewPostmortem;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new postmortem, {@code <sourceDirectory>/<today>-<slug>.md}, from the template bundled with pm: every
 * section with short guidance, as a draft. Never overwrites a file. Runs once per build, in the folder Maven was
 * started in (the root of a multi-module build), and needs no POM: {@code mvn
 * dev.pm:pm-maven-plugin:new -Dpm.title="..."} in any folder writes to its {@code src/postmortems}.
 */
@Mojo(name = "new", aggregator = true, requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractPmMojo {

    /** The new postmortem's title, which the file name is made from; required, there is no default. */
    @Parameter(property = "pm.title")
    private String title;

    /** The severity the draft starts with. Default: the middle level of {@code severities}. */
    @Parameter(property = "pm.severity")
    private String severity;

    /** Skips {@code pm:new}. */
    @Parameter(property = "pm.new.skip", defaultValue = "false")
    private boolean newSkip;

    @Override
    protected boolean skipGoal() {
        return newSkip;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RunContext context = runContext("en");
        List<Severity> levels = context.severityScale().levels();
        String level = severity == null || severity.isBlank() ? levels.get(levels.size() / 2).label() : severity;
        Path folder = sourceDirectory().toPath();
        try {
            LocalDate today = referenceDay().orElseGet(() -> LocalDate.now(context.zone()));
            Path file = NewPostmortem.create(folder, title, today, context.zone(), level);
            getLog().info("pm: wrote " + relative(file.toFile()) + ": fill it in, then run 'mvn pm:check'");
        } catch (OutputRefusedException e) {
            throw new MojoExecutionException("pm: " + e.refusal().message());
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException("pm: " + relative(new java.io.File(e.getFile())) + " exists already;"
                    + " pm:new never overwrites a file: edit it, or choose another title");
        } catch (IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot write to " + folder + ": " + e.getMessage(), e);
        }
    }
}
