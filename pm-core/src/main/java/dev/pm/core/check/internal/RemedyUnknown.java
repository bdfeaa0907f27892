package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.Position;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When the causes are not known yet, or there is nothing to do yet, the Remedy commits to investigate and to
 * watch more closely.
 */
final class RemedyUnknown extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("remedy-unknown", Diagnostic.Level.WARNING,
            "When the causes are not known yet, Remedy says what will be investigated and what will be monitored.",
            "Add an action item to investigate and one to add monitoring or alerting, each with an owner.");
    private static final Phrases UNCERTAIN = Phrases.load("uncertainty");
    private static final Phrases INVESTIGATE = Phrases.load("investigate");
    private static final Phrases MONITOR = Phrases.load("monitor");

    RemedyUnknown() {
        super(DESCRIPTION);
    }

    /** Whether the Remedy promises both to investigate and to monitor. */
    static boolean commitsToLearnMore(Subject subject) {
        List<Prose.Passage> remedy = subject.text(SectionKind.REMEDY);
        return INVESTIGATE.in(remedy) && MONITOR.in(remedy);
    }

    @Override
    void check(Subject subject, Findings findings) {
        if (subject.postmortem().remedy().isEmpty()) {
            return;
        }
        Remedy remedy = subject.postmortem().remedy().get();
        List<Prose.Passage> remedyText = subject.text(SectionKind.REMEDY);
        boolean investigates = INVESTIGATE.in(remedyText);
        boolean monitors = MONITOR.in(remedyText);
        if (investigates && monitors) {
            return;
        }
        List<Prose.Passage> said = Stream.concat(subject.text(SectionKind.REASON).stream(), remedyText.stream())
                .toList();
        Optional<Phrases.Located> uncertain = UNCERTAIN.firstIn(said);
        boolean nothingToDo = remedy.actions().isEmpty() && subject.tableActions().isEmpty()
                && RemedyActions.steps(subject).isEmpty()
                && (investigates || monitors);
        if (uncertain.isEmpty() && !nothingToDo) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!investigates) {
            missing.add("what you will investigate");
        }
        if (!monitors) {
            missing.add("what you will monitor or alert on");
        }
        Position at = uncertain.map(u -> subject.at(u.passage(), u.match()))
                .orElse(subject.heading(remedy.section().line()));
        String why = uncertain.map(u -> "the causes are not fully known ('" + u.match().text() + "')")
                .orElse("Remedy has no action items yet");
        findings.add(at, why + ", but Remedy does not say " + String.join(" and ", missing) + ": add an action item"
                + " for each, with an owner");
    }
}
