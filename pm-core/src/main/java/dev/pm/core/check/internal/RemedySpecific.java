package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.Position;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.ActionItem;
import java.util.List;

/** "It won't happen again" is no plan, unless concrete action items follow it. */
final class RemedySpecific extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("remedy-specific", Diagnostic.Level.WARNING,
            "Promises such as 'this will never happen again' are followed by concrete steps, as action items or in prose.",
            "Replace the promise with the specific steps you are taking, each as an action item with an owner.");
    private static final Phrases PROMISES = Phrases.load("empty-promise");

    RemedySpecific() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        List<ActionItem> actions = subject.postmortem().remedy().map(r -> r.actions()).orElse(List.of());
        for (Phrases.Located hit : PROMISES.findIn(subject.prose().passages())) {
            Position at = subject.at(hit);
            boolean stepsFollow = RemedyActions.steps(subject).stream()
                    .anyMatch(step -> subject.at(step, 0).line() > at.line() || (subject.at(step, 0).line() == at.line()
                            && subject.at(step, 0).column() > at.column()));
            boolean rowsFollow = subject.tableActions().stream().anyMatch(row -> row.at().line() > at.line());
            if (actions.stream().noneMatch(action -> action.line() > at.line()) && !stepsFollow && !rowsFollow) {
                findings.add(at, "'" + hit.match().text() + "' is a promise, not a plan: follow it with the concrete"
                        + " steps, each as an action item with an owner");
            }
        }
    }
}
