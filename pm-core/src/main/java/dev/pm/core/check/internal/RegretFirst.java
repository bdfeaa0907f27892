package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Regret;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.Prose;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The apology comes first: Regret is the first section, and its first paragraph apologises. */
final class RegretFirst extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("regret-first", Diagnostic.Level.ERROR,
            "Regret is the first section, and its first two paragraphs or first 80 words apologise.",
            "Open the postmortem with '## Regret' and a first paragraph that says you are sorry and for what.");

    /** The apology may come in the first two paragraphs, or anywhere in the first this many words. */
    static final int WORDS = 80;

    RegretFirst() {
        super(DESCRIPTION);
    }

    /** Whether a sentence that apologises for the harm (not only for the delay) starts early enough. */
    private static boolean apologisesEarly(List<Prose.Passage> regret) {
        int words = 0;
        for (int paragraph = 0; paragraph < regret.size(); paragraph++) {
            for (Sentences.Sentence sentence : Sentences.of(regret.get(paragraph))) {
                if ((paragraph < 2 || words < WORDS) && Wording.apologisesForHarm(sentence.text())) {
                    return true;
                }
                words += sentence.text().split("\\s+").length;
            }
            if (paragraph >= 1 && words >= WORDS) {
                return false;
            }
        }
        return false;
    }

    @Override
    void check(Subject subject, Findings findings) {
        Postmortem postmortem = subject.postmortem();
        if (postmortem.regret().isEmpty()) {
            return;
        }
        Regret regret = postmortem.regret().get();
        int regretLine = regret.section().line();
        Optional<Integer> earlier = Stream.of(postmortem.reason().map(r -> r.section().line()).stream(),
                        postmortem.remedy().map(r -> r.section().line()).stream(),
                        postmortem.otherSections().stream().map(Section::line))
                .flatMap(s -> s).filter(line -> line < regretLine).min(Integer::compare);
        if (earlier.isPresent()) {
            findings.add(subject.heading(regretLine), "the apology comes after other text (line " + earlier.get()
                    + "): move the Regret section to the top, so that readers meet the apology first");
        }
        List<Prose.Passage> text = subject.text(SectionKind.REGRET);
        if (text.isEmpty()) {
            findings.add(subject.heading(regretLine), "the Regret section is empty: say that you are sorry, and"
                    + " for what, in its first paragraph");
            return;
        }
        if (!apologisesEarly(text)) {
            findings.add(subject.prose().position(text.get(0), 0), "neither the first two paragraphs nor the first "
                    + WORDS + " words of Regret apologise to your users (an apology for a late write-up does not"
                    + " count): begin with a plain apology such as 'We are sorry that ...'");
        }
    }
}
