/**
 * Checking: the quality rules over what was read. {@link dev.pm.core.check.Checks} judges files,
 * {@link dev.pm.core.check.CheckVerdict} decides whether the findings fail a build, and
 * {@link dev.pm.core.check.SarifReport} writes them for code-scanning tools.
 */
package dev.pm.core.check;
