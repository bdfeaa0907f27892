package dev.pm.core.site.internal;

import dev.pm.core.internal.WholeFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers, for every file of the last build, a digest of its bytes and the model its page was rendered from, so
 * that the next build renders only the pages whose model changed, writes only the files whose bytes changed, and
 * deletes the files it no longer generates, in place. The first build (and the first after {@link #reset()}) is an
 * ordinary staged build, swapped in whole.
 *
 * <p>A page is rendered from its model and the templates only, so an equal model with the same templates gives
 * the same bytes: the result is the same as a full build's. When the templates may have changed, call
 * {@link #reset()}. Changed files are held in memory until the build commits, so that a build with a template error
 * leaves the output as it was; past {@link #MAX_PENDING_BYTES}, the build throws {@link TooManyChanges} and the
 * caller builds afresh with a staged build instead.
 */
public final class IncrementalOutput {

    /** The most bytes of changed files held until a build commits. */
    public static final long MAX_PENDING_BYTES = 64L << 20;

    /** Thrown during a build that changes too much to hold in memory; nothing was written. */
    public static final class TooManyChanges extends RuntimeException {
        TooManyChanges() {
            super("too many changed files for an incremental build", null, false, false);
        }
    }

    /** One file of the last build: its bytes' digest, and the model of its page when it is one. */
    private record Built(byte[] digest, Record model) {
    }

    /** What the last build made, null before the first one; replaced only by a build that commits. */
    private volatile Map<String, Built> built;
    /** The inputs of the last build's groups of files made together (the feeds), with their paths. */
    private volatile Map<Object, List<String>> groups = Map.of();
    private volatile Stats last = new Stats(0, 0, 0, 0, false);

    /**
     * What the last build did.
     *
     * @param skipped pages whose model had not changed, neither rendered nor written
     * @param unchanged files rendered again to the same bytes, not written
     * @param written files written
     * @param deleted files deleted
     * @param full whether it was a staged build of the whole site
     */
    public record Stats(long skipped, long unchanged, long written, long deleted, boolean full) {
    }

    /** Forgets the last build: the next one is a staged build of the whole site. */
    public void reset() {
        built = null;
        groups = Map.of();
    }

    public Stats lastBuild() {
        return last;
    }

    /** The sink for the next build. */
    public SiteSink.Factory sinks() {
        return checked -> built == null ? new Staged(new SiteWriter(checked)) : new InPlace(checked.realPath(), built);
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The first build: staged as usual, remembering what it wrote. */
    private final class Staged implements SiteSink {
        private final SiteWriter writer;
        private final Map<String, Record> models = new ConcurrentHashMap<>();
        private final Map<String, byte[]> digests = new ConcurrentHashMap<>();
        private final Map<Object, List<String>> made = new ConcurrentHashMap<>();

        Staged(SiteWriter writer) {
            this.writer = writer;
        }

        @Override
        public Map<String, byte[]> reuse(Object inputs, Supplier<Map<String, byte[]>> make) {
            Map<String, byte[]> files = make.get();
            made.put(inputs, List.copyOf(files.keySet()));
            return files;
        }

        @Override
        public boolean unchanged(String path, Record model) {
            models.put(path, model);
            return false;
        }

        @Override
        public void write(String path, byte[] content) throws IOException {
            writer.write(path, content);
            digests.put(path, digest(content));
        }

        @Override
        public void commit() throws IOException {
            writer.commit();
            Map<String, Built> now = new HashMap<>();
            digests.forEach((path, digest) -> now.put(path, new Built(digest, models.get(path))));
            built = now;
            groups = made;
            last = new Stats(0, 0, now.size(), 0, true);
        }

        @Override
        public void abandon() throws IOException {
            writer.abandon();
        }
    }

    /** A later build: only changed files are written, in place, when it commits. */
    private final class InPlace implements SiteSink {
        private final Path root;
        private final Map<String, Built> before;
        private final Map<String, Built> now = new ConcurrentHashMap<>();
        private final Map<String, Record> models = new ConcurrentHashMap<>();
        private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
        private final AtomicLong pendingBytes = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final AtomicLong same = new AtomicLong();
        private final Map<Object, List<String>> made = new ConcurrentHashMap<>();

        InPlace(Path root, Map<String, Built> before) {
            this.root = root;
            this.before = before;
        }

        @Override
        public Map<String, byte[]> reuse(Object inputs, Supplier<Map<String, byte[]>> make) {
            List<String> paths = groups.get(inputs);
            if (paths != null && paths.stream().allMatch(before::containsKey)) {
                Map<String, byte[]> unchanged = new LinkedHashMap<>();
                for (String path : paths) {
                    now.put(path, before.get(path));
                    unchanged.put(path, null);
                    skipped.incrementAndGet();
                }
                made.put(inputs, paths);
                return unchanged;
            }
            Map<String, byte[]> files = make.get();
            made.put(inputs, List.copyOf(files.keySet()));
            return files;
        }

        @Override
        public boolean unchanged(String path, Record model) {
            Built previous = before.get(path);
            if (previous != null && previous.model() != null && previous.model().equals(model)) {
                now.put(path, previous);
                skipped.incrementAndGet();
                return true;
            }
            models.put(path, model);
            return false;
        }

        @Override
        public void write(String path, byte[] content) {
            byte[] digest = digest(content);
            Built previous = before.get(path);
            now.put(path, new Built(digest, models.get(path)));
            if (previous != null && Arrays.equals(previous.digest(), digest)) {
                same.incrementAndGet();
                return;
            }
            if (pendingBytes.addAndGet(content.length) > MAX_PENDING_BYTES) {
                throw new TooManyChanges();
            }
            pending.put(path, content);
        }

        @Override
        public void commit() throws IOException {
            for (Map.Entry<String, byte[]> file : pending.entrySet()) {
                // Written whole, so the preview never serves half a page.
                WholeFile.replace(SitePaths.resolve(root, file.getKey()), file.getValue());
            }
            long deleted = 0;
            Set<String> gone = new TreeSet<>(before.keySet());
            gone.removeAll(now.keySet());
            for (String path : gone) {
                Path file = SitePaths.resolve(root, path);
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
                deleteEmptyFolders(file.getParent());
            }
            built = new HashMap<>(now);
            groups = made;
            last = new Stats(skipped.get(), same.get(), pending.size(), deleted, false);
        }

        /** Deletes the folders a deleted page leaves empty, as a full build would not make them. */
        private void deleteEmptyFolders(Path folder) throws IOException {
            while (folder != null && folder.startsWith(root) && !folder.equals(root) && Files.isDirectory(folder)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    if (entries.iterator().hasNext()) {
                        return;
                    }
                }
                Files.delete(folder);
                folder = folder.getParent();
            }
        }

        @Override
        public void abandon() {
            pending.clear();
        }
    }
}
