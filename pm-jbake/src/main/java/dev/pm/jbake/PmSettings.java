package dev.pm.jbake;

import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * pm's settings in a JBake site's {@code jbake.properties} (or the jbake-maven-plugin's project properties, which
 * it adds to the configuration). Every key is optional.
 *
 * <ul>
 * <li>{@code pm.timezone}: the zone incident times are shown in and dates are read in; default {@code UTC}</li>
 * <li>{@code pm.language}: BCP 47 tag of the postmortems' language, also of the words pm writes into them (a task's
 * status, an action item's owner, due date and ticket), as pm's site does; default {@code en}</li>
 * <li>{@code pm.rules}: rule levels, {@code regret-sincere=error, timeline-order=off}</li>
 * <li>{@code pm.fail.on}: {@code error} (default) or {@code warning}: the level that fails the bake</li>
 * <li>{@code pm.output}: the folder of the listing pages and the feed; default {@code postmortems}</li>
 * <li>{@code pm.theme.css}: whether pm's theme CSS is written to {@code <pm.output>/pm.css}; default {@code true}</li>
 * </ul>
 */
record PmSettings(RunContext context, CheckSettings checks, boolean failOnWarning, String output, boolean themeCss) {

    static PmSettings of(JBakeConfiguration config) {
        RunContext context = RunContext.defaults()
                .withZone(ZoneId.of(text(config, "pm.timezone", "UTC")))
                .withLanguage(text(config, "pm.language", "en"));
        Map<String, String> levels = new LinkedHashMap<>();
        for (String pair : text(config, "pm.rules", "").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("pm.rules: '" + pair.strip()
                        + "' has no level: write rule=level, e.g. regret-sincere=error");
            }
            levels.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        String failOn = text(config, "pm.fail.on", "error").toLowerCase(Locale.ROOT);
        if (!failOn.equals("error") && !failOn.equals("warning")) {
            throw new IllegalArgumentException("pm.fail.on is '" + failOn + "': use error or warning");
        }
        String output = text(config, "pm.output", "postmortems").replaceAll("^/+|/+$", "");
        return new PmSettings(context, CheckSettings.defaults().withLevels(levels), failOn.equals("warning"), output,
                Boolean.parseBoolean(text(config, "pm.theme.css", "true")));
    }

    static String text(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        // commons-configuration splits values at commas into lists; pm.rules wants them back together
        String text = value instanceof Iterable<?> parts ? String.join(",", toStrings(parts)) : value.toString();
        return text.isBlank() ? fallback : text.strip();
    }

    private static Iterable<String> toStrings(Iterable<?> parts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        parts.forEach(p -> out.add(String.valueOf(p)));
        return out;
    }
}
