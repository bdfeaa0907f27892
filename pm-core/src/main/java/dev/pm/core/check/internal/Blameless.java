package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.read.Prose;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** No blame: not on a person, not on a vendor. */
final class Blameless extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("blameless", Diagnostic.Level.WARNING,
            "No person and no vendor is blamed; the service and its safeguards are yours.",
            "Describe what in the system let the mistake through and how you will change it, not who erred.");
    private static final Phrases BLAME = Phrases.load("blame");
    private static final Phrases LEADS = Phrases.load("blame-leads");
    private static final Set<String> NAMES = Phrases.lines("given-names").stream()
            .flatMap(line -> List.of(line.split("\\s+")).stream()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern NAME_THEN_FAULT = Pattern.compile(
            "'s\\s+(?:mistake|error|fault|oversight)(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE);

    Blameless() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        // A passage holds several sentences: its phrases are found once, then given to the sentence they are in.
        Map<Prose.Passage, List<Phrases.Match>> blamePhrases = new IdentityHashMap<>();
        Map<Prose.Passage, List<Phrases.Match>> personsNamed = new IdentityHashMap<>();
        for (Sentences.Sentence sentence : subject.sentences()) {
            String text = sentence.text();
            java.util.Optional<Phrases.Match> listed = blamePhrases.computeIfAbsent(sentence.passage(), BLAME::find)
                    .stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                    .filter(m -> !Wording.ownedByUs(text, m.start() - sentence.start()))
                    .filter(m -> !m.text().toLowerCase(Locale.ROOT).startsWith("should have")
                            || !Wording.safeguardAsSubject(text, m.start() - sentence.start(), NAMES))
                    .findFirst();
            if (listed.isPresent()) {
                findings.add(subject.at(sentence, listed.get().start() - sentence.start()), "'"
                        + listed.get().text() + "' assigns blame: describe what in the system allowed it and how you"
                        + " will change that");
                continue;
            }
            java.util.Optional<Phrases.Match> named = personsNamed.computeIfAbsent(sentence.passage(),
                    Blameless::personsAsCause).stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).findFirst();
            if (named.isPresent()) {
                findings.add(subject.at(sentence, named.get().start() - sentence.start()), "'" + named.get().text()
                        + "' names a person as a cause: describe the conditions and the safeguards that were missing"
                        + " instead");
                continue;
            }
            java.util.Optional<int[]> person = Wording.personBlamed(text, NAMES);
            if (person.isPresent()) {
                findings.add(subject.at(sentence, person.get()[0]), "'" + text.substring(person.get()[0],
                        person.get()[1]) + "' blames a person: describe what in the system let the mistake through,"
                        + " and own it as a team ('we')");
                continue;
            }
            subject.wording().thirdPartyBlamed(text).ifPresent(m -> findings.add(subject.at(sentence, m.start()),
                    "'" + m.group().strip() + "' gives a third party as the cause: it is your service; say what in"
                            + " your design depended on it and how you will change that"));
        }
    }

    /** "caused by Alice" (a lead phrase, then a capitalised given name) and "Alice's mistake". */
    private static List<Phrases.Match> personsAsCause(Prose.Passage passage) {
        String text = passage.text();
        List<Phrases.Match> found = new ArrayList<>();
        for (Phrases.Match lead : LEADS.find(passage)) {
            int start = lead.end();
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = wordEnd(text, start);
            if (end > lead.end() && start < end && NAMES.contains(text.substring(start, end))) {
                found.add(new Phrases.Match(lead.start(), end, text.substring(lead.start(), end)));
            }
        }
        for (int quote = text.indexOf("'s", 1); quote > 0; quote = text.indexOf("'s", quote + 1)) {
            int start = quote;
            while (start > 0 && Phrases.isWordChar(text.charAt(start - 1))) {
                start--;
            }
            Matcher fault = NAME_THEN_FAULT.matcher(text).region(quote, text.length());
            if (NAMES.contains(text.substring(start, quote)) && fault.lookingAt()) {
                found.add(new Phrases.Match(start, fault.end(), text.substring(start, fault.end())));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Phrases.Match::start));
        return found;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Phrases.isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
