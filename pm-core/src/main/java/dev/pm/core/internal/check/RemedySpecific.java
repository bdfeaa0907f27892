package dev.pm.core.internal.check;

import dev.pm.core.ActionItem;
import dev.pm.core.CheckRule;
import dev.pm.core.Diagnostic;
import dev.pm.core.internal.Position;
import dev.pm.core.internal.Prose;
import java.util.List;

/** "It won't happen again" is no plan, unless concrete action items follow it. */
final class RemedySpecific implements Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("remedy-specific", Diagnostic.Level.WARNING,
            "Promises such as 'this will never happen again' are followed by concrete action items.",
            "Replace the promise with the specific steps you are taking, each as an action item with an owner.");
    private static final Phrases PROMISES = Phrases.load("empty-promise");

    @Override
    public CheckRule description() {
        return DESCRIPTION;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        List<ActionItem> actions = subject.postmortem().remedy().map(r -> r.actions()).orElse(List.of());
        for (Prose.Passage passage : subject.prose().passages()) {
            for (Phrases.Match match : PROMISES.find(passage.text())) {
                Position at = subject.at(passage, match);
                if (actions.stream().noneMatch(action -> action.line() > at.line())) {
                    findings.add(at, "'" + match.text() + "' is a promise, not a plan: follow it with the"
                            + " concrete steps, each as an action item with an owner");
                }
            }
        }
    }
}
