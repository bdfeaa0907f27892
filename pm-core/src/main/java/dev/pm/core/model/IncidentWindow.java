package dev.pm.core.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When the incident started, was detected, was mitigated and was resolved. Times keep the offsets they were
 * written with.
 */
public record IncidentWindow(
        OffsetDateTime start,
        Optional<OffsetDateTime> detected,
        Optional<OffsetDateTime> mitigated,
        Optional<OffsetDateTime> resolved) {

    public Optional<Duration> timeToDetect() {
        return detected.map(t -> Duration.between(start, t));
    }

    public Optional<Duration> timeToMitigate() {
        return mitigated.map(t -> Duration.between(start, t));
    }

    public Optional<Duration> timeToResolve() {
        return resolved.map(t -> Duration.between(start, t));
    }
}
