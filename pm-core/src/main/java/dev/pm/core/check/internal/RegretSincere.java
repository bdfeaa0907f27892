package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.read.Prose;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The apology is plain: no "sorry for any inconvenience", no "if you were affected". */
final class RegretSincere extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("regret-sincere", Diagnostic.Level.WARNING,
            "The apology is plain and owns the harm; it does not hedge.",
            "Say what went wrong for your users and that you are sorry for it, without 'any' or 'if'.");
    private static final Phrases HEDGES = Phrases.load("hedged-apology");

    RegretSincere() {
        super(DESCRIPTION);
    }

    private static void report(Subject subject, Findings findings, Sentences.Sentence sentence, int at,
            String hedge) {
        findings.add(subject.at(sentence, at), "'" + hedge + "' hedges the apology: you know users were affected,"
                + " so say how and that you are sorry for it, without shrinking it or making it conditional");
    }

    @Override
    void check(Subject subject, Findings findings) {
        // A passage holds several sentences: its hedges are found once, then given to the sentence they are in.
        Map<Prose.Passage, List<Phrases.Match>> hedges = new IdentityHashMap<>();
        for (Sentences.Sentence sentence : subject.sentences()) {
            if (!Wording.apologises(sentence.text())) {
                continue;
            }
            List<Phrases.Match> listed = hedges.computeIfAbsent(sentence.passage(), HEDGES::find).stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
            if (!listed.isEmpty()) {
                report(subject, findings, sentence, listed.get(0).start() - sentence.start(), listed.get(0).text());
                continue;
            }
            Wording.hedge(sentence.text()).ifPresent(m -> report(subject, findings, sentence, m.start(),
                    m.group()));
        }
    }
}
