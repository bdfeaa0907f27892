package dev.pm.core.site;

import dev.pm.core.Diagnostic;
import dev.pm.core.Progress;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.Checks;
import dev.pm.core.model.Archive;
import dev.pm.core.read.FileCheck;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, checks and renders an archive in one call: what {@code pm:site} and every rebuild of {@code pm:serve}
 * do. The site is written only when the verdict passes; otherwise the previous site stays as it was.
 */
public final class SitePublisher {

    /**
     * What to publish.
     *
     * @param sourceDirectory the folder of postmortems
     * @param reader how to read them
     * @param checks the quality rules to judge them by, if any
     * @param site how to render the site; its run context is the reader's
     * @param failOn the least serious finding that stops publishing
     * @param maxWarnings the most warnings tolerated, negative for no limit
     * @param outputDirectory where the site goes
     * @param projectDirectory the project's base folder, which (with its repository) the site may never replace
     * @param keep paths or globs of files in the output folder that are not pm's and are carried over into each
     *     new site (see {@link OutputFolder#keep()})
     */
    public record Request(Path sourceDirectory, ReaderOptions reader, Optional<CheckSettings> checks,
            SiteSettings site, CheckVerdict.Threshold failOn, int maxWarnings, Path outputDirectory,
            Path projectDirectory, List<String> keep) {

        public Request {
            if (!reader.context().equals(site.context())) {
                throw new IllegalArgumentException("reading and rendering must share one RunContext, not "
                        + reader.context() + " and " + site.context());
            }
            keep = List.copyOf(keep);
        }

        /** The output folder with everything it must not touch. */
        public OutputFolder output() {
            return OutputFolder.of(outputDirectory).inProject(projectDirectory, sourceDirectory)
                    .withTheme(site.themeDirectory()).withKeep(keep);
        }
    }

    /**
     * What publishing gave.
     *
     * @param read what reading and checking found
     * @param verdict whether that stops publishing
     * @param site the rendered site, absent when the verdict failed
     * @param readTime how long reading and checking took
     * @param renderTime how long rendering and writing took
     */
    public record Outcome(ReadResult read, CheckVerdict verdict, Optional<SiteResult> site, Duration readTime,
            Duration renderTime) {

        /** Whether a new site was written. */
        public boolean published() {
            return site.map(SiteResult::succeeded).orElse(false);
        }
    }

    private final Request request;
    private final PostmortemReader reader;
    private final FileCheck checks;
    private final SiteGenerator generator;

    /**
     * Checks the output folder, then builds the reader and the template configuration once, for any number of
     * {@link #publish()} calls.
     *
     * @throws dev.pm.core.OutputRefusedException when writing to the output folder would destroy files pm did not write;
     *     nothing was read or changed
     * @throws IOException when the theme folder cannot be read
     * @throws IllegalArgumentException when a {@code keep} entry leaves the output folder
     */
    public SitePublisher(Request request) throws IOException {
        request.output().requireSafe();
        this.request = request;
        this.reader = new PostmortemReader(request.reader());
        this.checks = request.checks().<FileCheck>map(settings -> new Checks(settings, request.reader().context()))
                .orElse(FileCheck.NONE);
        this.generator = new SiteGenerator(request.site());
    }

    /**
     * Checks the output folder again (it may have changed since), reads the sources afresh and, when the verdict
     * passes, renders the site.
     *
     * @throws dev.pm.core.OutputRefusedException when writing to the output folder would destroy files pm did not write, or a
     *     kept file has the path of a generated one; the output folder was left as it was
     * @throws IOException when the sources cannot be listed or the site cannot be written
     */
    public Outcome publish() throws IOException {
        return publish(Progress.NONE);
    }

    /** Publishes as {@link #publish()} does, telling {@code progress} how parsing and rendering advance. */
    public Outcome publish(Progress progress) throws IOException {
        request.output().requireSafe();
        long started = System.nanoTime();
        ReadResult read = reader.read(request.sourceDirectory(), progress, checks);
        return judgeAndRender(read, Duration.ofNanos(System.nanoTime() - started), progress);
    }

    /**
     * Publishes what an earlier read of the same sources, with the same reader options and checks, found, without
     * reading again: a build that ran {@code pm:check} before {@code pm:site} reads once.
     *
     * @throws dev.pm.core.OutputRefusedException as {@link #publish()} does
     * @throws IOException when the site cannot be written
     */
    public Outcome publish(ReadResult read, Progress progress) throws IOException {
        request.output().requireSafe();
        return judgeAndRender(read, Duration.ZERO, progress);
    }

    private Outcome judgeAndRender(ReadResult read, Duration readTime, Progress progress) throws IOException {
        return judgeAndRender(request, read, readTime, generator.unpublishedLinks(read.archive()),
                archive -> generator.generate(archive, request.output(), progress));
    }

    /** Renders an archive into the request's output folder, once the verdict lets it. */
    @FunctionalInterface
    interface Rendering {
        SiteResult render(Archive archive) throws IOException;
    }

    /**
     * The verdict on {@code read} and, when it passes, the rendered site: shared by this publisher and
     * {@link IncrementalPublisher}, so that {@code pm:site} and {@code pm:serve} judge alike. Links to postmortems
     * the build leaves out are known before rendering: they are judged with the findings, so that failOn and
     * maxWarnings count them as any other warning, and reported once, with them.
     */
    static Outcome judgeAndRender(Request request, ReadResult read, Duration readTime,
            List<Diagnostic> unpublishedLinks, Rendering rendering) throws IOException {
        ReadResult judged = read;
        if (!unpublishedLinks.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(read.diagnostics());
            all.addAll(unpublishedLinks);
            all.sort(Diagnostic.ORDER);
            judged = new ReadResult(read.archive(), all, read.fileCount());
        }
        CheckVerdict verdict = CheckVerdict.of(judged, request.failOn(), request.maxWarnings(),
                request.checks().flatMap(CheckSettings::baseline));
        if (verdict.failed()) {
            return new Outcome(judged, verdict, Optional.empty(), readTime, Duration.ZERO);
        }
        long started = System.nanoTime();
        SiteResult rendered = rendering.render(read.archive());
        Set<Diagnostic> reported = new HashSet<>(unpublishedLinks);
        SiteResult site = new SiteResult(rendered.output(), rendered.pageCount(), rendered.feedCount(),
                rendered.problems().stream().filter(d -> !reported.contains(d)).toList(), rendered.notices());
        return new Outcome(judged, verdict, Optional.of(site), readTime, Duration.ofNanos(System.nanoTime() - started));
    }
}
