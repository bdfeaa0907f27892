package dev.pm.core.check;

import dev.pm.core.internal.Suggestions;
import java.util.Collection;
import java.util.Optional;

/**
 * Checks the names a build tool was configured with against the names pm knows, so that a misspelt setting is an
 * error with a did-you-mean instead of being silently ignored.
 */
public final class ConfigurationNames {

    private ConfigurationNames() {
    }

    /**
     * The first name in {@code given} that is not in {@code known}, as a message naming it and the closest known
     * name; empty when every name is known.
     *
     * @param given the names as configured, in order
     * @param known every name pm accepts
     * @param where how the message names the configuration, such as {@code pm's <configuration>}
     */
    public static Optional<String> unknown(Collection<String> given, Collection<String> known, String where) {
        for (String name : given) {
            if (!known.contains(name)) {
                String hint = Suggestions.closest(name, known).map(s -> "; did you mean <" + s + ">?")
                        .orElse("; the known elements are listed by 'mvn pm:help -Ddetail'");
                return Optional.of("unknown element <" + name + "> in " + where + hint);
            }
        }
        return Optional.empty();
    }
}
