package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.Remedy;

/** Remedy lists at least one concrete action item. */
final class RemedyActions extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("remedy-actions", Diagnostic.Level.ERROR,
            "Remedy names at least one concrete step: an action item, or a sentence that names a change and what it changes.",
            "Add task-list items such as '- [ ] Add a canary stage {owner=\"Platform team\" due=2026-04-15}'.");

    RemedyActions() {
        super(DESCRIPTION);
    }

    /** The sentences of Remedy that name a concrete change and what it changes, in prose or in a plain list. */
    static java.util.List<Sentences.Sentence> steps(Subject subject) {
        return subject.sentences(dev.pm.core.model.SectionKind.REMEDY).stream()
                .filter(s -> subject.wording().isStep(s.text())).toList();
    }

    @Override
    void check(Subject subject, Findings findings) {
        if (subject.postmortem().remedy().isEmpty()) {
            return;
        }
        Remedy remedy = subject.postmortem().remedy().get();
        if (!remedy.actions().isEmpty() || !subject.tableActions().isEmpty() || !steps(subject).isEmpty()
                || RemedyUnknown.commitsToLearnMore(subject)) {
            return;
        }
        findings.add(subject.heading(remedy.section().line()), "Remedy names no concrete step: list each step as"
                + " '- [ ] what {owner=\"team\" due=YYYY-MM-DD}', or, if the causes are not known yet, say what you"
                + " will investigate and what you will monitor");
    }
}
