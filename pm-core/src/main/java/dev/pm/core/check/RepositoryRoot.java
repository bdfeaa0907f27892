package dev.pm.core.check;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that report paths are relative to: the root of the Git repository a project lies in, so that code
 * scanning (GitHub) and code quality (GitLab) place a finding on the right file also for a nested module.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /**
     * The nearest folder at or above {@code start} that holds {@code .git} (a folder, or the file of a worktree or
     * submodule); {@code start} itself when there is none.
     */
    public static Path of(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        for (Path folder = absolute; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return folder;
            }
        }
        return absolute;
    }
}
