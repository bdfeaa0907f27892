package dev.pm.core.site;

import dev.pm.core.Progress;
import dev.pm.core.model.Archive;
import dev.pm.core.site.internal.SiteEngine;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders an archive as a static site. Build one per run: it holds the template configuration. Rendering
 * happens in a temporary folder that replaces the output folder only when every page succeeded.
 */
public final class SiteGenerator {

    private final SiteEngine engine;

    /**
     * @throws IOException when the theme folder cannot be read
     */
    public SiteGenerator(SiteSettings settings) throws IOException {
        this.engine = new SiteEngine(settings);
    }

    /**
     * Renders the part of {@code archive} the settings' audience may see into {@code outputDirectory}.
     *
     * @return the pages written, or the template errors (each naming the template, its line and the postmortem
     *     being rendered) with the previous site left as it was
     * @throws IOException when the output cannot be written
     */
    public SiteResult generate(Archive archive, Path outputDirectory) throws IOException {
        return engine.generate(archive, outputDirectory, Progress.NONE);
    }

    /** Renders as {@link #generate(Archive, Path)} does, telling {@code progress} how many pages are rendered. */
    public SiteResult generate(Archive archive, Path outputDirectory, Progress progress) throws IOException {
        return engine.generate(archive, outputDirectory, progress);
    }
}
