package dev.pm.core.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and their sub-folders, also ones created later) and runs an action once after each burst of
 * changes, on one background thread, so that an editor's save-and-rename counts as one change.
 */
public final class SourceWatcher implements AutoCloseable {

    private final WatchService watcher;
    private final Thread thread;

    private SourceWatcher(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Starts watching the folders that exist among {@code folders}.
     *
     * @param quietMillis how long the folders must stay unchanged before {@code onChange} runs
     */
    public static SourceWatcher start(List<Path> folders, long quietMillis, Runnable onChange) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                register(watcher, folder);
            }
        }
        Thread thread = new Thread(() -> loop(watcher, quietMillis, onChange), "pm-watch");
        thread.setDaemon(true);
        thread.start();
        return new SourceWatcher(watcher, thread);
    }

    private static void register(WatchService watcher, Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }

    private static void loop(WatchService watcher, long quietMillis, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(watcher, key);
                for (WatchKey more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) {
                    drain(watcher, more);
                }
                onChange.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed by close(): the loop ends
        }
    }

    /** Reads a key's events, watching folders created under a watched one, and re-arms the key. */
    private static void drain(WatchService watcher, WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(watcher, dir.resolve(name));
                } catch (IOException e) {
                    // the folder went away again before it could be watched; nothing to rebuild from
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
