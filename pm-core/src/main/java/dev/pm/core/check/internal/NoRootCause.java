package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.read.Prose;
import java.util.Locale;
import java.util.regex.Pattern;

/** No single "root cause": incidents come from several factors at once. */
final class NoRootCause extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("no-root-cause", Diagnostic.Level.WARNING,
            "No single root cause is named; the contributing factors are.",
            "Describe the factors that combined under '### Contributing factors' instead of one root cause.");
    private static final Phrases SINGLE_CAUSE = Phrases.load("root-cause");
    /** "no single cause", "never a single cause", "not the root cause": agreeing with the rule, not breaking it. */
    private static final Pattern NEGATED = Pattern.compile("(?i)(?<![\\p{L}])(no|not|never|nor|without)"
            + "(\\s+(a|one|the|any))?\\s*$");

    NoRootCause() {
        super(DESCRIPTION);
    }

    private static boolean isRootCauseHeading(String heading) {
        String words = heading.strip().toLowerCase(Locale.ROOT);
        return words.equals("root cause") || words.equals("root causes");
    }

    @Override
    void check(Subject subject, Findings findings) {
        for (Prose.Passage passage : subject.prose().passages()) {
            if (passage.heading() && isRootCauseHeading(passage.text())) {
                findings.add(subject.prose().position(passage, 0), "a section called '" + passage.text().strip()
                        + "' promises one cause: call it 'Contributing factors' and list each factor");
                continue;
            }
            for (Phrases.Match match : SINGLE_CAUSE.find(passage)) {
                if (negated(passage.text(), match.start())) {
                    continue;
                }
                findings.add(subject.at(passage, match), "'" + match.text() + "' singles out one cause: incidents"
                        + " come from several factors together; list them under '### Contributing factors'");
            }
        }
    }

    /**
     * Whether the words just before {@code end} negate what follows ("not the root cause", "without a single
     * cause"). Only those two words are searched, not all the text before them: searching the whole text for each
     * match made a long paragraph with many matches take minutes.
     */
    private static boolean negated(String text, int end) {
        int from = end;
        for (int word = 0; word < 2; word++) {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
        }
        return NEGATED.matcher(text).region(from, end).useTransparentBounds(true).find();
    }
}
