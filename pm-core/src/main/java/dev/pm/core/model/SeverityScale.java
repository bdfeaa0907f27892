package dev.pm.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ordered list of severity labels an archive uses, worst first. */
public final class SeverityScale {

    private final List<Severity> levels;
    /** What each level means to readers, by label, where the configuration says it. */
    private final java.util.Map<String, String> descriptions;

    private SeverityScale(List<Severity> levels, java.util.Map<String, String> descriptions) {
        this.levels = List.copyOf(levels);
        this.descriptions = java.util.Map.copyOf(descriptions);
    }

    /** The default scale: SEV1 (worst) to SEV5. */
    public static SeverityScale standard() {
        return of(List.of("SEV1", "SEV2", "SEV3", "SEV4", "SEV5"));
    }

    /**
     * A scale from labels ordered worst first. An entry may say what its level means to readers after an
     * {@code =}: {@code SEV1=Most users cannot use the service}.
     *
     * @throws IllegalArgumentException when the list is empty, or a label is blank or repeated
     */
    public static SeverityScale of(List<String> labelsWorstFirst) {
        if (labelsWorstFirst.isEmpty()) {
            throw new IllegalArgumentException("a severity scale needs at least one level");
        }
        List<Severity> levels = new ArrayList<>();
        java.util.Map<String, String> descriptions = new java.util.HashMap<>();
        for (String entry : labelsWorstFirst) {
            int equals = entry.indexOf('=');
            String label = equals < 0 ? entry : entry.substring(0, equals);
            String trimmed = label.trim();
            if (equals >= 0 && !entry.substring(equals + 1).isBlank()) {
                descriptions.put(trimmed, entry.substring(equals + 1).trim());
            }
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("a severity level cannot be blank");
            }
            boolean repeated = levels.stream().anyMatch(s -> s.label().equalsIgnoreCase(trimmed));
            if (repeated) {
                throw new IllegalArgumentException("severity level '" + trimmed + "' is listed twice");
            }
            levels.add(new Severity(trimmed, levels.size() + 1));
        }
        return new SeverityScale(levels, descriptions);
    }

    /** What {@code level} means to readers, when the scale's configuration says it. */
    public Optional<String> description(Severity level) {
        return Optional.ofNullable(descriptions.get(level.label()));
    }

    public List<Severity> levels() {
        return levels;
    }

    /** The level whose label matches {@code text} case-insensitively. */
    public Optional<Severity> find(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return levels.stream().filter(s -> s.label().toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The labels joined for messages, for example {@code SEV1, SEV2, SEV3}. */
    public String describe() {
        return String.join(", ", levels.stream().map(Severity::label).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeverityScale other && levels.equals(other.levels) && descriptions.equals(other.descriptions);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
