package dev.pm.core.check;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.internal.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which quality rules run and at which level. Immutable; every {@code with} method returns a new instance.
 * Rules judge only the source: the one thing that depends on the day of the build, overdue action items, is
 * reported only when a reference day is given, so that ordinary builds stay reproducible.
 */
public final class CheckSettings {

    /** The words a rule level may be configured with. */
    public static final List<String> LEVEL_NAMES = List.of("error", "warning", "info", "off");

    private final boolean enabled;
    private final Map<String, Optional<Diagnostic.Level>> levels;
    private final Optional<LocalDate> today;

    private CheckSettings(boolean enabled, Map<String, Optional<Diagnostic.Level>> levels, Optional<LocalDate> today) {
        this.enabled = enabled;
        this.levels = Map.copyOf(levels);
        this.today = today;
    }

    /** Every rule at its default level, no reference day. */
    public static CheckSettings defaults() {
        return new CheckSettings(true, Map.of(), Optional.empty());
    }

    /** No rule runs. */
    public static CheckSettings none() {
        return new CheckSettings(false, Map.of(), Optional.empty());
    }

    /** Every rule pm knows, in the order of the format's table. */
    public static List<CheckRule> rules() {
        return Rules.catalogue();
    }

    /**
     * Sets one rule's level.
     *
     * @param ruleId a rule id such as {@code no-root-cause}
     * @param level {@code error}, {@code warning}, {@code info} or {@code off}, in any case
     * @throws IllegalArgumentException naming the known rules or levels when either is unknown
     */
    public CheckSettings withLevel(String ruleId, String level) {
        Rules.require(ruleId);
        String name = level == null ? "" : level.strip().toLowerCase(Locale.ROOT);
        if (!LEVEL_NAMES.contains(name)) {
            throw new IllegalArgumentException("rule '" + ruleId + "' cannot be set to '" + level + "': use one of "
                    + String.join(", ", LEVEL_NAMES));
        }
        Map<String, Optional<Diagnostic.Level>> changed = new TreeMap<>(levels);
        changed.put(ruleId, name.equals("off") ? Optional.empty()
                : Optional.of(Diagnostic.Level.valueOf(name.toUpperCase(Locale.ROOT))));
        return new CheckSettings(enabled, changed, today);
    }

    /** Sets several rules' levels, as {@link #withLevel} does for each. */
    public CheckSettings withLevels(Map<String, String> byRule) {
        CheckSettings result = this;
        for (Map.Entry<String, String> entry : new TreeMap<>(byRule).entrySet()) {
            result = result.withLevel(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** Gives the day against which due dates count as past; without it nothing is ever reported overdue. */
    public CheckSettings withToday(LocalDate day) {
        return new CheckSettings(enabled, levels, Optional.of(day));
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<LocalDate> today() {
        return today;
    }

    /** The level a rule's findings get, or empty when the rule is off. */
    public Optional<Diagnostic.Level> levelOf(String ruleId) {
        if (!enabled) {
            return Optional.empty();
        }
        return levels.getOrDefault(ruleId, Optional.of(Rules.require(ruleId).defaultLevel()));
    }
}
