package dev.pm.core.read.internal;

import dev.pm.core.model.Reason;
import dev.pm.core.model.Regret;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.Section;
import dev.pm.core.read.Prose;
import java.util.List;
import java.util.Optional;

/**
 * The sections read from a postmortem's Markdown body, their order in their line numbers, and the author's words
 * for the quality checks.
 */
record Body(Optional<Regret> regret, Optional<Reason> reason, Optional<Remedy> remedy, List<Section> others,
        Prose prose) {
}
