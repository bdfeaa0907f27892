package dev.pm.core.site;

import dev.pm.core.Diagnostic;

import dev.pm.core.Progress;
import dev.pm.core.model.Archive;
import dev.pm.core.site.internal.SiteEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
     * The warnings a build of {@code archive} gives for links to postmortems it does not publish
     * ({@code unpublished-link}); {@link #generate} reports them too, among its problems.
     */
    public List<Diagnostic> unpublishedLinks(Archive archive) {
        return engine.unpublishedLinks(archive);
    }

    /**
     * Renders the part of {@code archive} the settings' audience may see into {@code outputDirectory}.
     *
     * It refuses (see {@link OutputFolder#check()}) a plain file, the theme folder, and a folder pm did not write;
     * {@link #generate(Archive, OutputFolder, Progress)} also protects the project and its sources.
     *
     * @return the pages written, or the template errors (each naming the template, its line and the postmortem
     *     being rendered) or the theme's messages that pm cannot use (each at its file and line), with the
     *     previous site left as it was
     * @throws dev.pm.core.OutputRefusedException when writing there would destroy files pm did not write; nothing was changed
     * @throws IOException when the output cannot be written
     */
    public SiteResult generate(Archive archive, Path outputDirectory) throws IOException {
        return engine.generate(archive, OutputFolder.of(outputDirectory), Progress.NONE);
    }

    /** Renders as {@link #generate(Archive, Path)} does, telling {@code progress} how many pages are rendered. */
    public SiteResult generate(Archive archive, Path outputDirectory, Progress progress) throws IOException {
        return engine.generate(archive, OutputFolder.of(outputDirectory), progress);
    }

    /**
     * Renders into {@code output} once {@link OutputFolder#check()} (with this generator's theme) accepts it,
     * carrying the files {@code output.keep()} matches over into the new site unchanged.
     *
     * @throws dev.pm.core.OutputRefusedException when writing there would destroy files pm did not write, or a kept file has
     *     the path of a generated one; nothing was changed
     */
    public SiteResult generate(Archive archive, OutputFolder output, Progress progress) throws IOException {
        return engine.generate(archive, output, progress);
    }
}
