package dev.pm.bench;

import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.IncrementalPublisher;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rebuild that {@code pm:serve} runs after an edit, timed inside one JVM, against a full build in the same
 * JVM: what share of a full build a rebuild takes.
 *
 * <p>It builds {@code <source folder>} once with {@link IncrementalPublisher} as {@code pm:serve} does (drafts
 * shown, the JVM's default settings, no short-run compilation), warms up as {@code pm:serve} does right after its
 * first build (a rebuild with nothing changed), then, {@code <edits>} times, rewrites the title of
 * the postmortem in the middle of the archive, rebuilds, and checks that the page shows the new title. Last, once
 * the preview and what it keeps for its next rebuild are garbage, it builds the same site {@value #FULL_BUILDS}
 * times afresh, each with a new {@link SitePublisher} into a folder of its own, as {@code pm:site} builds: full
 * builds in a JVM that has compiled what pm runs, the fair measure of a full build's work, of which the report
 * takes the median. The source folder is edited: give it a copy of the corpus.
 *
 * <p>Usage: {@code RebuildWithPm <source folder> <output folder> <edits>}. Prints tab-separated lines:
 * {@code first <ms>}, {@code warmup <ms>}, {@code rebuild <edit> <ms>} for each edit, and {@code full <build> <ms>}
 * for each full build.
 */
public final class RebuildWithPm {

    /** How many full builds are timed after the rebuilds. */
    static final int FULL_BUILDS = 3;

    private RebuildWithPm() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        previewAndRebuild(source, output.resolve("preview"), Integer.parseInt(args[2]));
        // The preview's page data and search postings are no longer reachable: the full builds do not run beside them.
        System.gc();
        for (int build = 1; build <= FULL_BUILDS; build++) {
            SitePublisher full = new SitePublisher(request(source, output.resolve("full-" + build)));
            long started = System.nanoTime();
            requirePublished(full.publish());
            System.out.println("full\t" + build + "\t" + millisSince(started));
        }
    }

    private static void previewAndRebuild(Path source, Path preview, int edits) throws IOException {
        IncrementalPublisher publisher = new IncrementalPublisher(request(source, preview));
        long started = System.nanoTime();
        requirePublished(publisher.publish());
        System.out.println("first\t" + millisSince(started));
        started = System.nanoTime();
        if (publisher.warmUp().isPresent()) {
            throw new IllegalStateException("the warm-up found a change, although nothing was edited");
        }
        System.out.println("warmup\t" + millisSince(started));
        Path edited = middle(source);
        String slug = edited.getFileName().toString().replaceFirst("\\.md$", "");
        Path page = preview.resolve("postmortems/" + slug + ".html");
        for (int edit = 1; edit <= edits; edit++) {
            String title = "Rebuild probe " + edit;
            retitle(edited, title);
            started = System.nanoTime();
            requirePublished(publisher.publish());
            long millis = millisSince(started);
            if (!Files.readString(page, StandardCharsets.UTF_8).contains(title)) {
                throw new IllegalStateException(page + " does not show the edited title '" + title + "'");
            }
            System.out.println("rebuild\t" + edit + "\t" + millis);
        }
    }

    /** The site pm:serve shows, drafts included: the preview and the full builds make the same one. */
    private static SitePublisher.Request request(Path source, Path output) {
        return new SitePublisher.Request(source, ReaderOptions.defaults(), Optional.of(CheckSettings.defaults()),
                SiteSettings.builder().baseUrl("https://status.example.com").pageSize(20).includeDrafts(true)
                        .build(),
                CheckVerdict.Threshold.ERROR, -1, output, Path.of(""), List.of());
    }

    private static void requirePublished(SitePublisher.Outcome outcome) {
        if (!outcome.published()) {
            throw new IllegalStateException("pm did not publish: " + outcome.verdict().summary());
        }
    }

    /** The postmortem in the middle of the archive by file name, as {@code serve-latency.sh} picks it. */
    private static Path middle(Path source) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            List<Path> markdown = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            return markdown.get(markdown.size() / 2);
        }
    }

    private static void retitle(Path file, String title) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String retitled = text.replaceFirst("(?m)^title: .*$", "title: " + title);
        if (retitled.equals(text)) {
            throw new IllegalStateException(file + " has no 'title:' line to edit");
        }
        Files.writeString(file, retitled, StandardCharsets.UTF_8);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
