package dev.pm.core.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and their sub-folders, also ones created later) and runs an action once after each burst of
 * changes, on one background thread, so that an editor's save-and-rename counts as one change.
 *
 * <p>A folder that does not exist yet (or is deleted while watched) is waited for: its nearest existing parent
 * inside a boundary folder is watched, without its other contents counting as changes, and once the folder
 * appears it is watched too and the action runs. Whatever the action throws goes to a failure callback and the
 * watching goes on, so one failed rebuild does not end the rebuilds that follow: an Error too, such as running out
 * of memory, which a rebuild's garbage no longer holds once it has unwound; a preview that silently stopped
 * rebuilding would be worse.
 */
public final class SourceWatcher implements AutoCloseable {

    private final WatchService watcher;
    private final Thread thread;

    private SourceWatcher(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Starts watching {@code folders}; those that do not exist yet are watched from the moment they appear,
     * provided they lie inside {@code boundary}.
     *
     * @param boundary the folder (typically the project) above which no parent is watched for missing folders
     * @param quietMillis how long the folders must stay unchanged before {@code onChange} runs
     * @param onFailure told of everything {@code onChange} throws, and of folders that cannot be watched
     *     (as an {@link UncheckedIOException} naming the folder); the watching goes on
     * @throws IOException when a folder that exists cannot be watched
     */
    public static SourceWatcher start(List<Path> folders, Path boundary, long quietMillis, Runnable onChange,
            Consumer<Throwable> onFailure) throws IOException {
        return start(folders, boundary, quietMillis, () -> { }, onChange, onFailure);
    }

    /**
     * Starts watching as {@link #start(List, Path, long, Runnable, Consumer)} does, and runs {@code first} on the
     * watching thread before it waits for changes: never at the same time as {@code onChange}, and changes made
     * while it runs are seen after it (the folders are watched from before it starts).
     */
    public static SourceWatcher start(List<Path> folders, Path boundary, long quietMillis, Runnable first,
            Runnable onChange, Consumer<Throwable> onFailure) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        Watches watches = new Watches(watcher, folders, boundary);
        try {
            watches.update();
        } catch (UncheckedIOException e) {
            watcher.close();
            throw new IOException(e.getMessage(), e.getCause());
        }
        Thread thread = new Thread(() -> {
            run(first, onFailure);
            loop(watcher, watches, quietMillis, onChange, onFailure);
        }, "pm-watch");
        thread.setDaemon(true);
        thread.start();
        return new SourceWatcher(watcher, thread);
    }

    private static void loop(WatchService watcher, Watches watches, long quietMillis, Runnable onChange,
            Consumer<Throwable> onFailure) {
        try {
            while (true) {
                boolean changed = drain(watches, watcher.take(), onFailure);
                for (WatchKey more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) {
                    changed |= drain(watches, more, onFailure);
                }
                if (changed) {
                    run(onChange, onFailure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed by close(): the loop ends
        }
    }

    private static boolean drain(Watches watches, WatchKey key, Consumer<Throwable> onFailure) {
        try {
            return watches.drain(key);
        } catch (UncheckedIOException e) {
            tell(onFailure, e);
            return true;
        }
    }

    private static void run(Runnable action, Consumer<Throwable> onFailure) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            tell(onFailure, e);
        }
    }

    /**
     * Tells {@code onFailure} of {@code failure}. Should telling fail too, the callback's own failure goes to the
     * thread's uncaught-exception handler (standard error by default), and the watching goes on, which is what
     * the callback is for; if even that fails (out of memory again), nothing is left to tell.
     */
    private static void tell(Consumer<Throwable> onFailure, Throwable failure) {
        try {
            onFailure.accept(failure);
        } catch (RuntimeException | Error secondary) {
            Thread thread = Thread.currentThread();
            try {
                thread.getUncaughtExceptionHandler().uncaughtException(thread, secondary);
            } catch (RuntimeException | Error ignored) {
                // the next change is still rebuilt
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }

    /**
     * What is watched and why; used by the watching thread only (and by {@link #start} before that thread
     * begins).
     */
    private static final class Watches {

        private final WatchService watcher;
        private final List<Path> roots;
        private final Path boundary;
        /** Keys of the watched folders and all their sub-folders: any event in them is a change. */
        private final Set<WatchKey> treeKeys = new HashSet<>();
        /** The roots whose folders are watched, as opposed to waited for. */
        private final Set<Path> watchedRoots = new HashSet<>();
        /** Parents watched only to see a missing root appear, by parent folder. */
        private final Map<Path, WatchKey> parentKeys = new HashMap<>();

        Watches(WatchService watcher, List<Path> roots, Path boundary) {
            this.watcher = watcher;
            this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
            this.boundary = boundary.toAbsolutePath().normalize();
        }

        /**
         * Handles a key's events and re-arms it; tells whether they change a watched folder, which includes a
         * root appearing or going away.
         */
        boolean drain(WatchKey key) {
            Path dir = (Path) key.watchable();
            boolean inTree = treeKeys.contains(key);
            boolean changed = false;
            try {
                for (WatchEvent<?> event : key.pollEvents()) {
                    changed |= inTree;
                    if (inTree && event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                            && Files.isDirectory(dir.resolve(name))) {
                        watchFolderIn(dir.resolve(name));
                    }
                }
            } finally {
                if (!key.reset()) {
                    treeKeys.remove(key);
                    // a root deleted, and maybe created again before this is read: a change, and to be walked again
                    changed |= watchedRoots.remove(dir);
                }
            }
            return update() || changed;
        }

        /**
         * Watches every root that exists and is not watched yet, and the nearest parent of each one that does
         * not; tells whether a root appeared or went away.
         */
        boolean update() {
            boolean changed = false;
            boolean watchedNewParent;
            // a folder created between looking and watching its parent sends no event, so look again after
            do {
                Set<Path> neededParents = new HashSet<>();
                for (Path root : roots) {
                    if (Files.isDirectory(root)) {
                        // walked only when it starts to be watched: walking a large archive on every event is slow
                        if (watchedRoots.add(root)) {
                            changed = true;
                            watchTree(root);
                        }
                    } else {
                        changed |= watchedRoots.remove(root);
                        nearestParent(root).ifPresent(neededParents::add);
                    }
                }
                watchedNewParent = false;
                for (Path parent : neededParents) {
                    if (!parentKeys.containsKey(parent)) {
                        Optional<WatchKey> key = register(parent);
                        key.ifPresent(k -> parentKeys.put(parent, k));
                        watchedNewParent |= key.isPresent();
                    }
                }
                parentKeys.entrySet().removeIf(entry -> {
                    boolean unneeded = !neededParents.contains(entry.getKey());
                    if (unneeded && !treeKeys.contains(entry.getValue())) {
                        entry.getValue().cancel();
                    }
                    return unneeded;
                });
            } while (watchedNewParent);
            return changed;
        }

        /** The nearest existing folder above {@code root}, if it lies inside the boundary. */
        private Optional<Path> nearestParent(Path root) {
            for (Path parent = root.getParent(); parent != null && parent.startsWith(boundary);
                    parent = parent.getParent()) {
                if (Files.isDirectory(parent)) {
                    return Optional.of(parent);
                }
            }
            return Optional.empty();
        }

        /**
         * Watches a folder and all its sub-folders; one that vanishes meanwhile is simply not watched, as its
         * parent's event says it is gone. Each folder is watched before its sub-folders are listed, so that one
         * created in between sends an event: listing the whole tree first and watching it after missed a folder
         * created meanwhile, and every file written in it (seen when {@code createDirectories} made a theme's
         * {@code static} folder just after the theme folder).
         */
        private void watchTree(Path folder) {
            Optional<WatchKey> key = register(folder);
            if (key.isEmpty()) {
                return;
            }
            treeKeys.add(key.get());
            for (Path child : subFolders(folder)) {
                watchFolderIn(child);
            }
        }

        /**
         * Watches a folder found in a watched one, listed or just created, and the folders in it; a link to a
         * folder is watched but not followed, so that a link to a large tree ({@code ln -s / all}) made while
         * pm:serve runs does not make it watch every folder under the link's target.
         */
        private void watchFolderIn(Path folder) {
            if (Files.isSymbolicLink(folder)) {
                register(folder).ifPresent(treeKeys::add);
            } else {
                watchTree(folder);
            }
        }

        /** The folders in {@code folder}, links to folders included; none when it has gone. */
        private static List<Path> subFolders(Path folder) {
            try (Stream<Path> list = Files.list(folder)) {
                return list.filter(Files::isDirectory).toList();
            } catch (NoSuchFileException | NotDirectoryException e) {
                return List.of();
            } catch (IOException e) {
                throw cannotWatch(folder, e);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof NoSuchFileException) {
                    return List.of();
                }
                throw cannotWatch(folder, e.getCause());
            }
        }

        private Optional<WatchKey> register(Path dir) {
            try {
                return Optional.of(dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
            } catch (NoSuchFileException | NotDirectoryException e) {
                // gone, or replaced by a file, since it was seen: its parent's event tells
                return Optional.empty();
            } catch (IOException e) {
                throw cannotWatch(dir, e);
            }
        }

        private static UncheckedIOException cannotWatch(Path folder, IOException e) {
            return new UncheckedIOException("cannot watch " + folder + ": " + e, e);
        }
    }
}
