package dev.pm.core.check;

import dev.pm.core.Diagnostic;

/**
 * One quality rule of {@code pm:check}, as documented and as written into reports.
 *
 * @param id the stable id used in reports, configuration and {@code pm-check: {ignore: [...]}}
 * @param defaultLevel the level its findings have unless configured otherwise
 * @param description what the rule expects of a postmortem, in one line
 * @param hint how to fix a finding, in one line
 */
public record CheckRule(String id, Diagnostic.Level defaultLevel, String description, String hint) {
}
