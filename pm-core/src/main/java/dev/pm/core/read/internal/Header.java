package dev.pm.core.read.internal;

import dev.pm.core.Position;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.Severity;
import dev.pm.core.model.Status;
import dev.pm.core.model.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The front matter of one postmortem, read and checked, with where each key was written. */
record Header(
        String title,
        Optional<String> slug,
        LocalDate date,
        Optional<LocalDate> updated,
        IncidentWindow incident,
        Severity severity,
        Status status,
        Visibility visibility,
        List<String> services,
        List<String> tags,
        List<String> authors,
        Optional<String> summary,
        Optional<String> impact,
        List<String> related,
        Map<String, Object> extra,
        Set<String> ignoredRules,
        Map<String, Position> positions) {

    /** Where a key was written ({@code date}, {@code incident.start}), or where the front matter starts. */
    Position positionOf(String key) {
        return positions.getOrDefault(key, Position.START);
    }
}
