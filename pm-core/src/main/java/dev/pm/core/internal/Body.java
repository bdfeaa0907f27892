package dev.pm.core.internal;

import dev.pm.core.Reason;
import dev.pm.core.Regret;
import dev.pm.core.Remedy;
import dev.pm.core.Section;
import java.util.List;
import java.util.Optional;

/**
 * The sections read from a postmortem's Markdown body, their order in their line numbers, and the author's words
 * for the quality checks.
 */
record Body(Optional<Regret> regret, Optional<Reason> reason, Optional<Remedy> remedy, List<Section> others,
        Prose prose) {
}
