package dev.pm.core.check;

import dev.pm.core.Diagnostic;
import dev.pm.core.RunContext;
import dev.pm.core.check.internal.Checker;
import dev.pm.core.read.FileCheck;
import dev.pm.core.read.ParsedFile;
import java.util.List;

/**
 * The quality rules of {@code pm:check}, judging what reading gave: hand it to
 * {@link dev.pm.core.read.PostmortemReader#read(java.nio.file.Path, dev.pm.core.Progress, FileCheck)} so that
 * each file is judged as it is read. Thread-safe.
 */
public final class Checks implements FileCheck {

    private final Checker checker;

    /** The rules at the levels {@code settings} gives, judged against the run's zone and reference day. */
    public Checks(CheckSettings settings, RunContext context) {
        this.checker = new Checker(settings, context);
    }

    /** The findings on one file; none when its postmortem could not be read or its text was not kept. */
    @Override
    public List<Diagnostic> check(ParsedFile file) {
        if (file.postmortem().isEmpty() || file.text().isEmpty()) {
            return List.of();
        }
        return checker.check(file.file(), file.postmortem().get(), file.text().get());
    }
}
