package dev.pm.core.internal.check;

import dev.pm.core.CheckRule;
import dev.pm.core.Diagnostic;
import dev.pm.core.internal.Prose;

/** The apology is plain: no "sorry for any inconvenience", no "if you were affected". */
final class RegretSincere implements Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("regret-sincere", Diagnostic.Level.WARNING,
            "The apology is plain and owns the harm; it does not hedge.",
            "Say what went wrong for your users and that you are sorry for it, without 'any' or 'if'.");
    private static final Phrases HEDGES = Phrases.load("hedged-apology");

    @Override
    public CheckRule description() {
        return DESCRIPTION;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        for (Prose.Passage passage : subject.prose().passages()) {
            for (Phrases.Match match : HEDGES.find(passage.text())) {
                findings.add(subject.at(passage, match), "'" + match.text() + "' hedges the apology: you know"
                        + " users were affected, so say how and that you are sorry for it");
            }
        }
    }
}
