package dev.pm.core.read;

import dev.pm.core.RunContext;
import java.util.Objects;

/**
 * How postmortems are read.
 *
 * @param context the run's zone, severity scale and language
 * @param allowRawHtml whether raw HTML in Markdown is passed through; off by default, so it is escaped
 */
public record ReaderOptions(RunContext context, boolean allowRawHtml) {

    public ReaderOptions {
        Objects.requireNonNull(context, "context");
    }

    /** The default context, raw HTML escaped. */
    public static ReaderOptions defaults() {
        return of(RunContext.defaults());
    }

    /** Reads with {@code context}, raw HTML escaped. */
    public static ReaderOptions of(RunContext context) {
        return new ReaderOptions(context, false);
    }

    public ReaderOptions withRawHtml(boolean allow) {
        return new ReaderOptions(context, allow);
    }
}
