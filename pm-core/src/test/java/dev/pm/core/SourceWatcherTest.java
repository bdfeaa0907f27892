package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.preview.SourceWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceWatcherTest {

    private static final long QUIET_MILLIS = 100;
    /** Long enough for inotify to deliver and the quiet period to pass, short enough to keep the tests quick. */
    private static final long SETTLE_MILLIS = 500;

    @TempDir
    Path dir;

    private final Semaphore runs = new Semaphore(0);
    private final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();

    private SourceWatcher watch(Path... folders) throws IOException {
        return watch(() -> runs.release(), folders);
    }

    private SourceWatcher watch(Runnable action, Path... folders) throws IOException {
        return SourceWatcher.start(List.of(folders), dir, QUIET_MILLIS, action, failures::add);
    }

    /** Waits for the action to run, then for the burst to settle, and forgets any further runs of that burst. */
    private boolean ran() throws InterruptedException {
        boolean ran = runs.tryAcquire(10, TimeUnit.SECONDS);
        Thread.sleep(SETTLE_MILLIS);
        runs.drainPermits();
        return ran;
    }

    @ParameterizedTest
    @ValueSource(strings = {"exception", "error"})
    void anActionThatThrowsIsReportedAndTheNextChangeStillRunsIt(String kind) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/postmortems"));
        AtomicInteger calls = new AtomicInteger();
        Throwable boom = kind.equals("error") ? new OutOfMemoryError("Java heap space")
                : new IllegalStateException("boom");
        Runnable failsOnce = () -> {
            if (calls.incrementAndGet() == 1) {
                if (boom instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) boom;
            }
            runs.release();
        };
        try (SourceWatcher watcher = watch(failsOnce, sources)) {
            Files.writeString(sources.resolve("a.md"), "one");
            assertThat(failures.poll(10, TimeUnit.SECONDS)).isSameAs(boom);
            Thread.sleep(SETTLE_MILLIS);

            Files.writeString(sources.resolve("a.md"), "two");

            assertThat(ran()).as("the change after the failure runs the action").isTrue();
            assertThat(calls.get()).isEqualTo(2);
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void aFailureCallbackThatFailsItselfDoesNotEndTheWatching() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/postmortems"));
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        Runnable failsOnce = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            runs.release();
        };
        List<Throwable> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> handed.add(e));
        try (SourceWatcher watcher = SourceWatcher.start(List.of(sources), dir, QUIET_MILLIS, failsOnce, failure -> {
            told.incrementAndGet();
            throw new OutOfMemoryError("while reporting");
        })) {
            Files.writeString(sources.resolve("a.md"), "one");
            for (int waited = 0; told.get() == 0 && waited < 100; waited++) {
                Thread.sleep(100);
            }
            Thread.sleep(SETTLE_MILLIS);

            Files.writeString(sources.resolve("a.md"), "two");

            assertThat(ran()).as("the change after the failed report runs the action").isTrue();
            assertThat(told.get()).isEqualTo(1);
            assertThat(handed).as("the callback's own failure, handed to the thread's handler")
                    .extracting(Throwable::getMessage).containsExactly("while reporting");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theFirstActionRunsOnTheWatchingThreadBeforeAnyChangeAndAChangeMadeMeanwhileIsSeenAfterIt()
            throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/postmortems"));
        BlockingQueue<String> order = new LinkedBlockingQueue<>();
        Runnable first = () -> {
            order.add("first on " + Thread.currentThread().getName());
            try {
                Files.writeString(sources.resolve("a.md"), "written while the first action runs");
                Thread.sleep(SETTLE_MILLIS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            order.add("first done");
        };
        try (SourceWatcher watcher = SourceWatcher.start(List.of(sources), dir, QUIET_MILLIS, first,
                () -> order.add("change"), failures::add)) {
            assertThat(order.poll(10, TimeUnit.SECONDS)).isEqualTo("first on pm-watch");
            assertThat(order.poll(10, TimeUnit.SECONDS)).isEqualTo("first done");
            assertThat(order.poll(10, TimeUnit.SECONDS)).as("the change made while it ran").isEqualTo("change");
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void aFolderCreatedAfterTheStartIsWatchedFromThenOn() throws Exception {
        Path theme = dir.resolve("src/pm-theme");
        try (SourceWatcher watcher = watch(theme)) {
            Path styles = Files.createDirectories(theme.resolve("static"));
            assertThat(ran()).as("the folder appearing is a change").isTrue();

            Files.writeString(styles.resolve("extra.css"), "p { color: red }");

            assertThat(ran()).as("a file written in the new folder").isTrue();
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void aLinkToAFolderMadeWhileWatchingIsWatchedButNotFollowed() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/postmortems"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deep"));
        try (SourceWatcher watcher = watch(sources)) {
            Files.createSymbolicLink(sources.resolve("linked"), elsewhere.getParent());
            assertThat(ran()).as("the link appearing is a change").isTrue();

            Files.writeString(elsewhere.resolve("below.md"), "two folders down, through the link");
            assertThat(runs.tryAcquire(SETTLE_MILLIS * 2, TimeUnit.MILLISECONDS))
                    .as("a folder below the link's target is not watched").isFalse();

            Files.writeString(elsewhere.getParent().resolve("at.md"), "in the linked folder");
            assertThat(ran()).as("a file in the linked folder itself").isTrue();
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void changesBesideAMissingFolderAreNotChanges() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        try (SourceWatcher watcher = watch(dir.resolve("src/pm-theme"))) {
            Files.writeString(dir.resolve("src/notes.txt"), "unrelated");
            Files.createDirectories(dir.resolve("target/postmortems"));

            assertThat(runs.tryAcquire(SETTLE_MILLIS * 2, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void aWatchedFolderThatIsDeletedAndCreatedAgainIsWatchedAgain() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/postmortems"));
        try (SourceWatcher watcher = watch(sources)) {
            deleteTree(sources);
            assertThat(ran()).as("the deletion is a change").isTrue();
            Files.createDirectories(sources);
            assertThat(ran()).as("the folder appearing again").isTrue();

            Files.writeString(sources.resolve("a.md"), "back");

            assertThat(ran()).as("a file written in the re-created folder").isTrue();
        }
    }

    @Test
    void aMissingFolderOutsideTheBoundaryIsNotWaitedFor() throws Exception {
        Path elsewhere = dir.resolveSibling(dir.getFileName() + "-elsewhere");
        try (SourceWatcher watcher = watch(elsewhere.resolve("postmortems"))) {
            Files.createDirectories(elsewhere.resolve("postmortems"));
            Files.writeString(elsewhere.resolve("postmortems/a.md"), "unwatched");

            assertThat(runs.tryAcquire(SETTLE_MILLIS * 2, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(failures).isEmpty();
        } finally {
            deleteTree(elsewhere);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
