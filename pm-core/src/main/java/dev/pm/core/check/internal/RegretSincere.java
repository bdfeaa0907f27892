package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;

/** The apology is plain: no "sorry for any inconvenience", no "if you were affected". */
final class RegretSincere extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("regret-sincere", Diagnostic.Level.WARNING,
            "The apology is plain and owns the harm; it does not hedge.",
            "Say what went wrong for your users and that you are sorry for it, without 'any' or 'if'.");
    private static final Phrases HEDGES = Phrases.load("hedged-apology");

    RegretSincere() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        for (Phrases.Located hit : HEDGES.findIn(subject.prose().passages())) {
            findings.add(subject.at(hit), "'" + hit.match().text() + "' hedges the apology: you know users were"
                    + " affected, so say how and that you are sorry for it");
        }
    }
}
