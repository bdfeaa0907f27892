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
 * shown, the JVM's default settings, no short-run compilation), then, {@code <edits>} times, rewrites the title of
 * the postmortem in the middle of the archive, rebuilds, and checks that the page shows the new title. Last, it
 * builds the same archive again with a new {@link SitePublisher}, as {@code pm:site} does, into another folder:
 * a full build in a JVM that has compiled what pm runs, the fair measure of a full build's work. The source folder
 * is edited: give it a copy of the corpus.
 *
 * <p>Usage: {@code RebuildWithPm <source folder> <output folder> <edits>}. Prints tab-separated lines:
 * {@code first <ms>}, {@code rebuild <edit> <ms>} for each edit, and {@code full <ms>}.
 */
public final class RebuildWithPm {

    private RebuildWithPm() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        IncrementalPublisher preview = new IncrementalPublisher(request(source, output.resolve("preview"), true));
        long started = System.nanoTime();
        requirePublished(preview.publish());
        System.out.println("first\t" + millisSince(started));
        Path edited = middle(source);
        String slug = edited.getFileName().toString().replaceFirst("\\.md$", "");
        Path page = output.resolve("preview/postmortems/" + slug + ".html");
        for (int edit = 1; edit <= edits; edit++) {
            String title = "Rebuild probe " + edit;
            retitle(edited, title);
            started = System.nanoTime();
            requirePublished(preview.publish());
            long millis = millisSince(started);
            if (!Files.readString(page, StandardCharsets.UTF_8).contains(title)) {
                throw new IllegalStateException(page + " does not show the edited title '" + title + "'");
            }
            System.out.println("rebuild\t" + edit + "\t" + millis);
        }
        SitePublisher full = new SitePublisher(request(source, output.resolve("full"), true));
        started = System.nanoTime();
        requirePublished(full.publish());
        System.out.println("full\t" + millisSince(started));
    }

    private static SitePublisher.Request request(Path source, Path output, boolean drafts) {
        return new SitePublisher.Request(source, ReaderOptions.defaults(), Optional.of(CheckSettings.defaults()),
                SiteSettings.builder().baseUrl("https://status.example.com").pageSize(20).includeDrafts(drafts)
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
