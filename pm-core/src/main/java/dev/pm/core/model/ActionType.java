package dev.pm.core.model;

import java.util.Locale;
import java.util.Optional;

/** What an action item is for. */
public enum ActionType {
    MITIGATE, PREVENT, DETECT, PROCESS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionType> find(String text) {
        for (ActionType type : values()) {
            if (type.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
