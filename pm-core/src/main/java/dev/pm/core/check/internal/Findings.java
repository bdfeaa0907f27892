package dev.pm.core.check.internal;

import dev.pm.core.Position;
import java.util.ArrayList;
import java.util.List;

/** What one rule found in one postmortem: positions and messages; the checker adds rule id and level. */
final class Findings {

    record Finding(Position at, String message) {
    }

    private final List<Finding> found = new ArrayList<>();

    void add(Position at, String message) {
        found.add(new Finding(at, message));
    }

    List<Finding> all() {
        return found;
    }
}
