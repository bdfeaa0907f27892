package dev.pm.maven;

import dev.pm.core.Progress;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.maven.plugin.logging.Log;

/** Passes progress on to Maven's log, at most once every few seconds, so short builds print nothing extra. */
final class ProgressLog implements Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Log log;
    private final AtomicLong next = new AtomicLong(System.nanoTime() + INTERVAL_NANOS);

    ProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public void update(String phase, long done, long total) {
        long now = System.nanoTime();
        long due = next.get();
        if (now >= due && done < total && next.compareAndSet(due, now + INTERVAL_NANOS)) {
            log.info(String.format(Locale.ROOT, "pm: %s %,d of %,d", phase, done, total));
        }
    }
}
