package dev.pm.core.site.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Formats durations for readers and computes medians. */
final class Durations {

    private Durations() {
    }

    /** "47 min", "1 h 30 min", "2 d 3 h"; under a minute, "under 1 min". */
    static String human(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "under 1 min";
        }
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return rest > 0 ? hours + " h " + rest + " min" : hours + " h";
        }
        return rest + " min";
    }

    static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
