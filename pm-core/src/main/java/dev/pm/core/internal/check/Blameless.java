package dev.pm.core.internal.check;

import dev.pm.core.CheckRule;
import dev.pm.core.Diagnostic;
import dev.pm.core.internal.Prose;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** No blame: not on a person, not on a vendor. */
final class Blameless extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("blameless", Diagnostic.Level.WARNING,
            "No person and no vendor is blamed; the service and its safeguards are yours.",
            "Describe what in the system let the mistake through and how you will change it, not who erred.");
    private static final Phrases BLAME = Phrases.load("blame");
    private static final Pattern PERSON_AS_CAUSE = personAsCause();

    Blameless() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        for (Phrases.Located hit : BLAME.findIn(subject.prose().passages())) {
            findings.add(subject.at(hit), "'" + hit.match().text() + "' assigns blame: describe what in the system"
                    + " allowed it and how you will change that");
        }
        for (Prose.Passage passage : subject.prose().passages()) {
            Matcher person = PERSON_AS_CAUSE.matcher(passage.text());
            while (person.find()) {
                findings.add(subject.prose().position(passage, person.start()), "'" + person.group() + "' names a"
                        + " person as a cause: describe the conditions and the safeguards that were missing instead");
            }
        }
    }

    /** "caused by Alice", "Alice's mistake": a lead phrase and a capitalised given name, or a name and a fault. */
    private static Pattern personAsCause() {
        String names = Phrases.lines("given-names").stream().flatMap(line -> List.of(line.split("\\s+")).stream())
                .sorted().distinct().collect(Collectors.joining("|"));
        String leads = Phrases.lines("blame-leads").stream()
                .map(lead -> lead.replace(" ", "\\s+")).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:(?i:" + leads + ")\\s+(?:" + names + ")(?![\\p{L}\\p{N}_])"
                + "|(?:" + names + ")'s\\s+(?i:mistake|error|fault|oversight)(?![\\p{L}\\p{N}_]))");
    }
}
