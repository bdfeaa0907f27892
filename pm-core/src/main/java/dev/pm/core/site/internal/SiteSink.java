package dev.pm.core.site.internal;

import dev.pm.core.site.OutputFolder;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where one build's files go: a staging folder swapped in at the end ({@link SiteWriter}), or the files of the
 * previous build updated in place ({@link IncrementalOutput}).
 */
public interface SiteSink {

    /** Opens the sink for one build into a folder {@link OutputFolder#requireSafe()} accepted. */
    @FunctionalInterface
    interface Factory {
        SiteSink open(OutputFolder checked) throws IOException;
    }

    /**
     * Whether the page at {@code path}, made from {@code model}, is already in the output as it would be rendered
     * now, so that it needs neither rendering nor writing. Called from several threads, before rendering.
     */
    default boolean unchanged(String path, Record model) {
        return false;
    }

    /**
     * The files {@code make} gives, made from {@code inputs} alone (with the templates and settings); when the
     * sink has every one of them from equal inputs already, each of their paths mapped to null instead, not to be
     * written. Called from several threads.
     */
    default Map<String, byte[]> reuse(Object inputs, Supplier<Map<String, byte[]>> make) {
        return make.get();
    }

    /** Writes one file of the site; called from several threads. */
    void write(String path, byte[] content) throws IOException;

    /** Puts the build in place. */
    void commit() throws IOException;

    /** Drops the build; the output is as it was. */
    void abandon() throws IOException;
}
