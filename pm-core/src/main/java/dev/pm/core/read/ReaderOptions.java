package dev.pm.core.read;

import dev.pm.core.check.CheckSettings;
import dev.pm.core.model.SeverityScale;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How postmortems are read.
 *
 * @param zone the zone for times written without an offset, and for days and years; UTC by default
 * @param severityScale the severity levels, worst first; SEV1 to SEV5 by default
 * @param allowRawHtml whether raw HTML in Markdown is passed through; off by default, so it is escaped
 * @param checks the quality rules to run on each postmortem as it is read; none by default
 */
public record ReaderOptions(ZoneId zone, SeverityScale severityScale, boolean allowRawHtml, CheckSettings checks) {

    public ReaderOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(severityScale, "severityScale");
        Objects.requireNonNull(checks, "checks");
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(ZoneOffset.UTC, SeverityScale.standard(), false, CheckSettings.none());
    }

    public ReaderOptions withZone(ZoneId newZone) {
        return new ReaderOptions(newZone, severityScale, allowRawHtml, checks);
    }

    public ReaderOptions withSeverityScale(SeverityScale scale) {
        return new ReaderOptions(zone, scale, allowRawHtml, checks);
    }

    public ReaderOptions withRawHtml(boolean allow) {
        return new ReaderOptions(zone, severityScale, allow, checks);
    }

    public ReaderOptions withChecks(CheckSettings settings) {
        return new ReaderOptions(zone, severityScale, allowRawHtml, settings);
    }
}
