package dev.pm.core.read.internal;

import dev.pm.core.model.Body;
import dev.pm.core.model.Bundle;
import dev.pm.core.read.Prose;
import dev.pm.core.read.SourceText;
import java.util.List;

/**
 * A postmortem's Markdown body as read: the model's sections, and the author's words for the quality checks.
 *
 * @param body the sections, their order in their line numbers
 * @param prose the author's words with their positions; empty unless reading kept them
 * @param bundle the files beside the postmortem that its page links to or publishes
 * @param tableActions the rows of the Remedy's action-item tables; empty unless reading kept the prose
 */
record ReadBody(Body body, Prose prose, Bundle bundle, List<SourceText.TableAction> tableActions) {
}
