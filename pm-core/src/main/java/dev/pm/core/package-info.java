/**
 * What every stage of pm shares: {@link dev.pm.core.Diagnostic} (a problem with its file, line and column),
 * {@link dev.pm.core.RunContext} (the zone, reference day, severity scale and language of one run) and
 * {@link dev.pm.core.Progress}. The stages live in the sub-packages: {@code model} (the records), {@code read}
 * (files into the model), {@code check} (rules over what was read), {@code site} (pages and feeds from the model)
 * and {@code preview} (server and watcher). A package named {@code internal} is no API: only its own stage uses it.
 */
package dev.pm.core;
