package dev.pm.core.check;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.internal.Rules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which quality rules run and at which level. Immutable; every {@code with} method returns a new instance. The
 * reference day for overdue action items is the run's ({@link dev.pm.core.RunContext#today()}).
 */
public final class CheckSettings {

    /** The words a rule level may be configured with. */
    public static final List<String> LEVEL_NAMES = List.of("error", "warning", "info", "off");

    private final Map<String, Optional<Diagnostic.Level>> levels;

    private final List<String> thirdParties;
    private final Optional<Baseline> baseline;

    private CheckSettings(Map<String, Optional<Diagnostic.Level>> levels, List<String> thirdParties,
            Optional<Baseline> baseline) {
        this.levels = Map.copyOf(levels);
        this.thirdParties = List.copyOf(thirdParties);
        this.baseline = baseline;
    }

    /** Every rule at its default level, the default third parties, no baseline. */
    public static CheckSettings defaults() {
        return new CheckSettings(Map.of(), dev.pm.core.check.internal.Checker.defaultThirdParties(),
                Optional.empty());
    }

    /**
     * The third parties {@code blameless} recognises as blamed ("caused by AWS", "our provider's outage"): general
     * words (provider, vendor, upstream, ...) and company names. The defaults are {@link #defaultThirdParties()}.
     */
    public CheckSettings withThirdParties(List<String> names) {
        return new CheckSettings(levels, names, baseline);
    }

    public static List<String> defaultThirdParties() {
        return dev.pm.core.check.internal.Checker.defaultThirdParties();
    }

    public List<String> thirdParties() {
        return thirdParties;
    }

    /** Findings recorded in {@code baseline} are known: they are counted, and do not fail the build. */
    public CheckSettings withBaseline(Baseline baseline) {
        return new CheckSettings(levels, thirdParties, Optional.of(baseline));
    }

    public Optional<Baseline> baseline() {
        return baseline;
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
        return new CheckSettings(changed, thirdParties, baseline);
    }

    /** Sets several rules' levels, as {@link #withLevel} does for each. */
    public CheckSettings withLevels(Map<String, String> byRule) {
        CheckSettings result = this;
        for (Map.Entry<String, String> entry : new TreeMap<>(byRule).entrySet()) {
            result = result.withLevel(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /**
     * Sets rules' levels from a list such as {@code no-root-cause=off,blameless=error}, as given on a command line;
     * blank entries are ignored.
     *
     * @throws IllegalArgumentException when an entry is not {@code rule-id=level}, or names an unknown rule or
     *     level
     */
    public CheckSettings withLevelList(String entries) {
        CheckSettings result = this;
        for (String entry : entries == null ? new String[0] : entries.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("rules entry '" + entry.strip() + "' is not rule-id=level");
            }
            result = result.withLevel(entry.substring(0, equals).strip(), entry.substring(equals + 1));
        }
        return result;
    }

    /** The level a rule's findings get, or empty when the rule is off. */
    public Optional<Diagnostic.Level> levelOf(String ruleId) {
        return levels.getOrDefault(ruleId, Optional.of(Rules.require(ruleId).defaultLevel()));
    }
}
