package dev.pm.core.site;

import dev.pm.core.Progress;
import dev.pm.core.check.Checks;
import dev.pm.core.read.FileCheck;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReadRule;
import dev.pm.core.site.internal.IncrementalOutput;
import dev.pm.core.site.internal.SiteEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Publishes as {@link SitePublisher} does, again and again, doing only the work a change needs: what
 * {@code pm:serve} rebuilds with. Between two calls it keeps every file's reading, keyed by path, size and
 * modification time (and, for a file modified around the last call, a digest of its bytes), and every page's
 * model and bytes: only changed files are read again, the archive is assembled and the site planned afresh from
 * all of them, but only the pages whose model changed are rendered, and only the files whose bytes changed are
 * written; files no longer generated are deleted. The output is the same, byte for byte, as a full build's.
 *
 * <p>The first call, and any call after the theme folder changed, builds the whole site in a staging folder and
 * swaps it in, as {@link SitePublisher} does. Not thread-safe: call from one thread at a time.
 */
public final class IncrementalPublisher {

    /** A modification time this close to when it was last seen may hide a change made within the same tick. */
    private static final long RACY_NANOS = Duration.ofSeconds(2).toNanos();

    private final SitePublisher.Request request;
    private final PostmortemReader reader;
    private final FileCheck checks;
    /** Made again when the theme folder changes, so that its templates and words are read afresh. */
    private SiteEngine engine;
    private final IncrementalOutput output = new IncrementalOutput();
    private Map<Path, Cached> cache = new HashMap<>();
    private Map<String, String> themeStamp;
    private Stats last = new Stats(0, 0, new IncrementalOutput.Stats(0, 0, 0, 0, false));

    /** One file as last read: when it was seen, its stamp, its bytes' digest and what reading it gave. */
    private record Cached(long size, long modified, long seenAt, byte[] digest, ParsedFile parsed) {

        /**
         * Whether the file is still as it was read, judged by its size and modification time alone: only when it
         * was modified well before it was read, because a change made within the same tick of the file system's
         * clock as the reading would leave both as they were.
         */
        boolean sameAs(Path file) {
            if (size < 0 || modified >= seenAt - RACY_NANOS) {
                return false;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return attributes.size() == size
                        && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /**
     * What the last {@link #publish()} did.
     *
     * @param files the Markdown files in the source folder
     * @param parsed how many of them were read and checked again
     * @param site what rendering did: pages skipped, files unchanged, written, deleted, or a full build
     */
    public record Stats(int files, int parsed, IncrementalOutput.Stats site) {

        /** One line for the log, such as {@code 1 of 1,000 files read; 12 files written, 1 deleted}. */
        public String summary() {
            if (site.full()) {
                return String.format(java.util.Locale.ROOT, "%,d of %,d files read; the whole site written",
                        parsed, files);
            }
            // Made again: pages whose data changed, rendered, and the files every build makes (theme assets,
            // search index), compared by their bytes; only those that differ are written.
            return String.format(java.util.Locale.ROOT, "%,d of %,d files read; %,d files made again, %,d"
                    + " written, %,d deleted", parsed, files, site.unchanged() + site.written(), site.written(),
                    site.deleted());
        }
    }

    /**
     * @throws dev.pm.core.OutputRefusedException as {@link SitePublisher#SitePublisher(SitePublisher.Request)}
     * @throws IOException when the theme folder cannot be read
     */
    public IncrementalPublisher(SitePublisher.Request request) throws IOException {
        request.output().requireSafe();
        this.request = request;
        this.reader = new PostmortemReader(request.reader());
        this.checks = request.checks().<FileCheck>map(settings -> new Checks(settings, request.reader().context()))
                .orElse(FileCheck.NONE);
        // Stamped before the engine reads the theme: a change made meanwhile is seen at the next build.
        this.themeStamp = themeStamp();
        this.engine = new SiteEngine(request.site(), true);
    }

    public Stats lastBuild() {
        return last;
    }

    /** Publishes as {@link SitePublisher#publish()} does, doing only what changed since the last call needs. */
    public SitePublisher.Outcome publish() throws IOException {
        return publish(Progress.NONE);
    }

    /** Publishes as {@link #publish()} does, telling {@code progress} how rendering advances. */
    public SitePublisher.Outcome publish(Progress progress) throws IOException {
        request.output().requireSafe();
        long started = System.nanoTime();
        ReadResult read = read();
        Duration readTime = Duration.ofNanos(System.nanoTime() - started);
        return SitePublisher.judgeAndRender(request, read, readTime, engine.unpublishedLinks(read.archive()),
                archive -> {
                    Map<String, String> theme = themeStamp();
                    if (!theme.equals(themeStamp)) {
                        // A new engine: the old one keeps its templates and words, and the page data it made
                        // with them for the next rebuild.
                        engine = new SiteEngine(request.site(), true);
                        output.reset();
                        themeStamp = theme;
                    }
                    SiteResult site;
                    try {
                        site = engine.generate(archive, request.output(), progress, output.sinks());
                    } catch (IncrementalOutput.TooManyChanges e) {
                        output.reset();
                        site = engine.generate(archive, request.output(), progress, output.sinks());
                    }
                    last = new Stats(last.files(), last.parsed(), output.lastBuild());
                    return site;
                });
    }

    /**
     * Rebuilds with the sources as they are, for the JVM to compile a rebuild's code before the first edit:
     * pm:serve calls it after its first build, on the thread that rebuilds. Without it the first rebuilds were the
     * slowest (at 10,000 postmortems, 1.1 to 1.2 s against 0.6 to 0.7 s for the later ones).
     *
     * @return the rebuild's outcome when a source changed since the last build (the rebuild took the change in)
     *     or could not be read again, for the caller to report as any rebuild's; empty when none did
     * @throws IOException as {@link #publish()}
     */
    public Optional<SitePublisher.Outcome> warmUp() throws IOException {
        int filesBefore = last.files();
        SitePublisher.Outcome outcome = publish();
        boolean unchanged = last.parsed() == 0 && last.files() == filesBefore && last.site().written() == 0
                && last.site().deleted() == 0;
        return unchanged ? Optional.empty() : Optional.of(outcome);
    }

    /** Reads the files that changed since the last call, reuses the others, and assembles them all. */
    private ReadResult read() throws IOException {
        Path folder = request.sourceDirectory();
        if (!Files.isDirectory(folder)) {
            cache = new HashMap<>();
            last = new Stats(0, 0, last.site());
            return reader.read(folder, Progress.NONE, checks);
        }
        List<Path> files = PostmortemReader.sources(folder);
        Map<Path, Cached> next = new HashMap<>();
        List<Path> changed = new ArrayList<>();
        for (Path file : files) {
            Cached cached = cache.get(file);
            if (cached != null && cached.sameAs(file)) {
                next.put(file, cached);
            } else {
                changed.add(file);
            }
        }
        long seenAt = wallClockNanos();
        List<Cached> reread = changed.parallelStream().map(file -> readOne(file, cache.get(file), seenAt)).toList();
        int parsed = 0;
        for (int i = 0; i < changed.size(); i++) {
            Cached before = cache.get(changed.get(i));
            Cached fresh = reread.get(i);
            next.put(changed.get(i), fresh);
            if (before == null || fresh.parsed() != before.parsed()) {
                parsed++;
            }
        }
        cache = next;
        last = new Stats(files.size(), parsed, last.site());
        return reader.assemble(files.stream().map(file -> next.get(file).parsed()).toList());
    }

    /** Reads one file again; parses it only when its bytes changed. */
    private Cached readOne(Path file, Cached cached, long seenAt) {
        byte[] content;
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            // Never trusted (size -1), so the next call tries again.
            return new Cached(-1, -1, seenAt, new byte[0], new ParsedFile(file, Optional.empty(), Optional.empty(),
                    List.of(ReadRule.IO.diagnostic(file, 0, 0, "cannot read the file: " + e.getMessage()))));
        }
        byte[] digest = digest(content);
        if (cached != null && Arrays.equals(cached.digest(), digest)) {
            return new Cached(content.length, modified, seenAt, digest, cached.parsed());
        }
        return new Cached(content.length, modified, seenAt, digest, reader.parse(request.sourceDirectory(), file,
                content, checks));
    }

    private static long wallClockNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Every file of the theme folder with its size and modification time; empty when there is none. */
    private Map<String, String> themeStamp() throws IOException {
        Optional<Path> theme = request.site().themeDirectory();
        if (theme.isEmpty() || !Files.isDirectory(theme.get())) {
            return Map.of();
        }
        Map<String, String> stamp = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(theme.get())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp.put(file.toString(), attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
            }
        }
        return stamp;
    }
}
