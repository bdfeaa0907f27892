package dev.pm.core;

/**
 * Hears how far a long phase has come, so a build can say so while it waits. Called from several threads at
 * once; implementations decide how often to pass it on.
 */
@FunctionalInterface
public interface Progress {

    /** Hears nothing. */
    Progress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done, such as {@code parsing} or {@code rendering}
     * @param done how many items are finished
     * @param total how many there are in all
     */
    void update(String phase, long done, long total);
}
