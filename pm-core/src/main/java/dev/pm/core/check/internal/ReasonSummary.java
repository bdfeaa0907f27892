package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.Reason;
import dev.pm.core.model.SectionKind;
import java.util.ArrayList;
import java.util.List;

/** Reason has a plain summary and a technical account, or, when it is short and undivided, enough words. */
final class ReasonSummary extends Rule {

    /** An undivided Reason of at least this many words is accepted as telling the story on its own. */
    static final int ENOUGH_WORDS = 60;

    private static final CheckRule DESCRIPTION = new CheckRule("reason-summary", Diagnostic.Level.WARNING,
            "Reason has a summary for every reader and a technical account for engineers.",
            "Add '### Summary' in plain words and '### Technical account' with the components and what failed.");

    ReasonSummary() {
        super(DESCRIPTION);
    }

    private static long words(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    @Override
    void check(Subject subject, Findings findings) {
        if (subject.postmortem().reason().isEmpty()) {
            return;
        }
        Reason reason = subject.postmortem().reason().get();
        List<String> missing = new ArrayList<>();
        if (reason.summary().isEmpty()) {
            missing.add("'### Summary' in plain words for every reader");
        }
        if (reason.technicalAccount().isEmpty()) {
            missing.add("'### Technical account' for engineers");
        }
        if (missing.isEmpty()) {
            return;
        }
        long words = subject.text(SectionKind.REASON).stream().mapToLong(p -> words(p.text())).sum();
        if (reason.subsections().isEmpty() && words >= ENOUGH_WORDS) {
            return;
        }
        findings.add(subject.heading(reason.section().line()), "Reason lacks " + String.join(" and ", missing)
                + ": add " + (missing.size() == 1 ? "it" : "them") + ", or, for a short postmortem, tell the"
                + " story in at least " + ENOUGH_WORDS + " words without sub-sections");
    }
}
