package dev.pm.core.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the rules recognise in one sentence: an apology, a hedge in it, blame on a person or a third party, a
 * concrete step. Each is a regular expression over the sentence's words, so that who does what is read together
 * in one sentence rather than from a single word anywhere in the file.
 */
final class Wording {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** sorry, apologise/apologize (any form), apology, apologies, regret(s). */
    static final Pattern APOLOGY = Pattern.compile("\\b(?:sorry|apologi[sz](?:e|ed|es|ing)|apolog(?:y|ies)|regrets?"
            + "|regretted)\\b", FLAGS);
    /** A part of every word {@link #APOLOGY} matches. */
    private static final WordFilter APOLOGY_STEMS = WordFilter.of(List.of("sorry", "apolog", "regret"));

    /** The apology is for the write-up coming late, not for what users went through. */
    private static final Pattern DELAY = Pattern.compile("\\b(?:delay(?:ed|s)?|late|lateness|so long|took (?:us )?"
            + "(?:a while|long|some time))\\b", FLAGS);
    private static final Pattern WRITE_UP = Pattern.compile("\\b(?:report|write-?up|post-?mortem|post mortem"
            + "|this post|this update|publish\\w*|posting|writing)\\b", FLAGS);
    private static final Pattern HARM = Pattern.compile("\\b(?:outage|incident|disruption|downtime|impact|trouble"
            + "|failures?|errors?|breach|harm|unavailab\\w*|affected|impacted)\\b", FLAGS);

    /** An apology made conditional: if, may have, might have, to those who ... */
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:if|may have|might have|could have|to those who"
            + "|anyone who|whatever)\\b", FLAGS);
    /** An apology that shrinks the harm: an inconvenience, of any size; "any" trouble, disruption, issues. */
    private static final Pattern MINIMISING = Pattern.compile("\\b(?:(?:the|this|that|any|an?)\\s+(?:[\\w-]+\\s+)?"
            + "inconvenience|inconvenience|any\\s+(?:[\\w-]+\\s+)?(?:trouble|disruption|issues?|problems?|impact"
            + "|frustration|difficult(?:y|ies)|confusion|hassle))\\b", FLAGS);

    /** What names a person by their role: developer, engineer, on-call, SRE, colleague ... */
    private static final String PERSON_NOUN = "(?:developer|engineer|operator|admin|administrator|sysadmin"
            + "|on-?call(?:\\s+engineer)?|oncall|intern|employee|contractor|team member|staff member|sre|dba|maintainer"
            + "|person|colleague|release manager|reviewer)s?";
    /** Someone identifiable: the developer, an engineer, the on-call, our intern, one of our engineers. */
    private static final Pattern PERSON = Pattern.compile("\\b(?:(?:the|an?|our|their|that|this|one of (?:our|the))"
            + "\\s+(?:[\\w-]+\\s+)?" + PERSON_NOUN + ")\\b", FLAGS);
    /** A failing verb or a trait: forgot, missed, misjudged, failed to, ignored, lazy, careless ... */
    private static final List<String> FAILING_WORDS = List.of("forgot", "forgets", "forget", "forgotten", "missed",
            "misjudged", "misjudges", "misjudge", "failed to", "fails to", "ignored", "ignores", "neglected",
            "neglects", "overlooked", "lazy", "laziness", "careless", "carelessly", "carelessness", "negligent",
            "negligence", "sloppy", "incompetent", "incompetence", "did not bother", "didn't bother", "mistakenly",
            "should have known");
    private static final Pattern FAILING = Pattern.compile("\\b(?:" + String.join("|", FAILING_WORDS) + ")\\b",
            FLAGS);
    private static final WordFilter FAILING_FILTER = WordFilter.of(FAILING_WORDS);
    /**
     * A trait that blames whoever it is given to, even when written before them ("in an act of laziness, the ...");
     * each is one of {@link #FAILING_WORDS}.
     */
    private static final Pattern TRAIT = Pattern.compile("\\b(?:lazy|laziness|careless|carelessly|carelessness"
            + "|negligent|negligence|sloppy|incompetent|incompetence)\\b", FLAGS);
    /** What catches a fault before users do: tests, fuzzers, checks, monitoring, alerts, CI, canaries, reviews. */
    private static final Pattern SAFEGUARD = Pattern.compile("(?:[\\p{L}\\p{N}_-]*[_-])?(?:tests?|testing"
            + "|fuzz\\p{L}*|checks?|health ?checks?|monitor\\p{L}*|alert\\p{L}*|ci|pipelines?|canar(?:y|ies)|validat\\p{L}*|lint\\p{L}*"
            + "|reviews?|tooling|safeguards?|suites?|probes?|assertions?|automation|dashboards?)", FLAGS);
    /** A person without an article: "he", "someone", "engineers", "the test author", "whoever", "you". */
    private static final Pattern PERSON_WORD = Pattern.compile("\\b(?:he|she|someone|somebody|anyone|whoever|they|you"
            + "|" + PERSON_NOUN + "|authors?|owners?|writers?|staff|teams?|qa|testers?|people)\\b", FLAGS);
    /** Adverbs between a subject and "should": "ideally", "really". */
    private static final Pattern TRAILING_ADVERBS = Pattern.compile("(?:[\\s,]+(?:ideally|really|also|probably"
            + "|definitely|certainly|clearly|arguably|obviously|surely|likely|always|reasonably))+[\\s,]*$", FLAGS);
    /** A relative clause set off by commas before "should": ", which fuzzes route resolution,". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:which|that|who)\\b[^,]*,?\\s*$", FLAGS);
    /** How far before "should" a subject's head is looked for, in characters. */
    private static final int SUBJECT_REACH = 200;
    /**
     * A subject's last word when its noun was code, which prose leaves out: "The `route_fuzz_test` should". Only
     * words that cannot be a subject on their own ("those should have caught it" is someone).
     */
    private static final Pattern DETERMINER = Pattern.compile("the|our", FLAGS);
    /** A general head noun that a safeguard word before it makes one: "test job", "CI run", "review process". */
    private static final Pattern GENERAL_HEAD = Pattern.compile("jobs?|runs?|steps?|process(?:es)?|rules?|stages?"
            + "|environments?|checkers?|analysis|harness(?:es)?|setup|coverage|systems?|gates?|workflows?", FLAGS);
    /** An aside in brackets: "The test suite (which runs nightly)". */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");
    /** A phrase after the head: "Our end-to-end tests in staging". */
    private static final Pattern TRAILING_PHRASE = Pattern.compile("\\s+(?:in|on|at|for|of|from|during|before|after"
            + "|across|under|with)\\s+[^,]*$", FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{N}_-]+(?=[^\\p{L}\\p{N}_-]*$)");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|i|we're|we've|i'm|us|our|my|ourselves)\\b",
            FLAGS);
    private static final Pattern CAUSE = Pattern.compile("\\b(?:caused by|because of|due to|triggered by|fault of"
            + "|blame (?:on|lies with))\\s+(?:(?:our|the|a|an|their|one of our)\\s+)?", FLAGS);
    private static final String FAILURE_NOUN = "(?:outages?|failures?|incidents?|issues?|problems?|bugs?|errors?"
            + "|downtime|mistakes?|faults?|disruption|change)";

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");
    private static final Pattern WE_OR_I = Pattern.compile("\\b(?:we|i)\\b", FLAGS);

    private static final Pattern STEP_LABEL = Pattern.compile("^[^:]{1,60}:\\s+");
    private static final Pattern SUBJECT = Pattern.compile("(?:^|\\b(?:we|we've|we'd|we'll|has|have|had|been|be"
            + "|will|to|is|are|was|were|team|should|must)\\s+)(?:[\\w-]+ly\\s+|also\\s+|now\\s+|then\\s+)?$", FLAGS);

    private final Pattern thirdParty;
    /**
     * The first word of every third party's name in lower case: a sentence holding none of them
     * ({@link WordFilter#mayHold}) cannot name one, and that rules it out far faster than the regular expression's
     * alternation tried at every position (the check was a fifth of a warm build's time).
     */
    private final Optional<WordFilter> thirdPartyFirstWords;
    private final Pattern causedByThirdParty;
    private final Pattern thirdPartyFailed;
    private final Pattern changeVerb;
    private final Pattern thirdPartyBug;

    Wording(List<String> thirdParties) {
        String names = thirdParties.stream().sorted((a, b) -> b.length() - a.length())
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        thirdParty = Pattern.compile("\\b(?:" + names + ")\\b", FLAGS);
        // A name with a letter beyond ASCII may match, by case folding, words that hold none of its lower case
        // ('\u0130yzico' matches 'iyzico'): then every sentence is tried.
        thirdPartyFirstWords = thirdParties.stream().allMatch(n -> n.chars().allMatch(c -> c < 0x80))
                ? Optional.of(WordFilter.of(thirdParties.stream()
                        .map(n -> n.strip().split("\\s+")[0].toLowerCase(Locale.ROOT)).distinct().toList()))
                : Optional.empty();
        causedByThirdParty = Pattern.compile(CAUSE.pattern() + "(?:[\\w-]+\\s+){0,2}?(?:" + names + ")(?:'s)?"
                + "(?:\\s+(?:[\\w-]+\\s+)?" + FAILURE_NOUN + ")?\\s*(?:[.,;:!?)]|$|\\b(?:and|which|that|when|for|on"
                + "|in|at)\\b)", FLAGS);
        thirdPartyFailed = Pattern.compile("\\b(?:" + names + ")(?:'s\\s+(?:[\\w-]+\\s+)?(?:outage|failure|incident"
                + "|downtime|mistake|fault|error)s?\\b|\\s+(?:\\w+\\s+){0,3}?(?:took|brought|knocked|taking|bringing)"
                + "\\s+(?:[\\w'-]+\\s+){0,4}?(?:down|offline)\\b)", FLAGS);
        thirdPartyBug = Pattern.compile("\\b(?:a|the)\\s+(?:bug|defect|failure|outage|fault|problem|issue)\\s+(?:in|at"
                + "|with|on|of)\\s+(?:the\\s+|a\\s+)?(?:" + names + ")\\b", FLAGS);
        changeVerb = Pattern.compile("\\b(?:" + String.join("|", Phrases.lines("change-verbs").stream()
                .flatMap(l -> List.of(l.split("\\s+")).stream()).map(Pattern::quote).toList()) + ")\\b", FLAGS);
    }

    static Optional<Matcher> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    static boolean apologises(String sentence) {
        return APOLOGY_STEMS.mayHold(sentence) && APOLOGY.matcher(sentence).find();
    }

    /**
     * An apology only for the delay of the write-up ("sorry this report took so long") counts as no apology to
     * users: a sentence with a delay word, a word for the write-up, and no word for the harm.
     */
    static boolean apologisesForHarm(String sentence) {
        return apologises(sentence) && !(DELAY.matcher(sentence).find() && WRITE_UP.matcher(sentence).find()
                && !HARM.matcher(sentence).find());
    }

    /** Where an apology sentence hedges: a conditional or minimising phrase, or empty. */
    static Optional<Matcher> hedge(String sentence) {
        if (!apologises(sentence)) {
            return Optional.empty();
        }
        Optional<Matcher> minimising = find(MINIMISING, sentence);
        Optional<Matcher> conditional = find(CONDITIONAL, sentence);
        if (minimising.isPresent() && conditional.isPresent()) {
            return minimising.get().start() <= conditional.get().start() ? minimising : conditional;
        }
        return minimising.isPresent() ? minimising : conditional;
    }

    /**
     * Whether a safeguard, not a person, is what should have done better in the clause before {@code at}: "The fuzz
     * test should have caught this crash", "our monitoring should have noticed". That is the blameless way to say
     * it. The safeguard must be the subject's head, the last word before "should" once adverbs and a relative
     * clause set off by commas are left out ("The route_fuzz_test, which fuzzes route resolution, ideally"), or a
     * determiner whose noun was code, which prose leaves out ("The `route_fuzz_test`"); and the clause must name no
     * person who could be meant instead ("the test author", "whoever wrote the check", "you").
     */
    static boolean safeguardAsSubject(String sentence, int at, java.util.Set<String> givenNames) {
        int from = Math.max(sentence.lastIndexOf(';', at - 1), sentence.lastIndexOf(':', at - 1)) + 1;
        String clause = sentence.substring(from, at);
        if (PERSON.matcher(clause).find() || PERSON_WORD.matcher(clause).find()) {
            return false;
        }
        Matcher word = CAPITALISED.matcher(clause);
        while (word.find()) {
            if (givenNames.contains(word.group())) {
                return false;
            }
        }
        // The subject's head stands just before "should": looking further back gains nothing, and the repeated
        // adverbs of a hostile sentence would make the expressions below recurse once each.
        String near = clause.substring(Math.max(0, clause.length() - SUBJECT_REACH));
        String subject = TRAILING_ADVERBS.matcher(ASIDE.matcher(near).replaceAll("")).replaceAll("");
        subject = TRAILING_ADVERBS.matcher(RELATIVE_CLAUSE.matcher(subject).replaceAll("")).replaceAll("");
        subject = TRAILING_PHRASE.matcher(subject).replaceAll("");
        Matcher head = LAST_WORD.matcher(subject);
        if (!head.find()) {
            return false;
        }
        String headWord = head.group();
        if (SAFEGUARD.matcher(headWord).matches() || DETERMINER.matcher(headWord).matches()) {
            return true;
        }
        // "The integration test job", "our alerting rules": a general word whose noun phrase names a safeguard.
        if (GENERAL_HEAD.matcher(headWord).matches()) {
            Matcher words = WORD.matcher(subject.substring(0, head.start()));
            List<String> before = new ArrayList<>();
            while (words.find()) {
                before.add(words.group());
            }
            return before.subList(Math.max(0, before.size() - 3), before.size()).stream()
                    .anyMatch(w -> SAFEGUARD.matcher(w).matches());
        }
        return false;
    }

    /** Whether the words just before {@code at} make the team the subject ("we're at fault", "our fault"). */
    static boolean ownedByUs(String sentence, int at) {
        int from = at;
        int words = 0;
        while (from > 0 && words < 3) {
            from--;
            if (Character.isWhitespace(sentence.charAt(from)) && from > 0
                    && !Character.isWhitespace(sentence.charAt(from - 1))) {
                words++;
            }
        }
        return FIRST_PERSON.matcher(sentence.substring(from, at)).find();
    }

    /** An identifiable person with a failing verb or trait after them, in one sentence: where the person is named. */
    static Optional<int[]> personBlamed(String sentence, java.util.Set<String> givenNames) {
        // Blame needs a failing word or a trait (which is one): without one, no person found can be blamed.
        if (!FAILING_FILTER.mayHold(sentence)) {
            return Optional.empty();
        }
        Matcher person = PERSON.matcher(sentence);
        while (person.find()) {
            Optional<int[]> found = failingAfter(sentence, person.start(), person.end());
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher word = CAPITALISED.matcher(sentence);
        while (word.find()) {
            if (givenNames.contains(word.group())) {
                Optional<int[]> found = failingAfter(sentence, word.start(), word.end());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<int[]> failingAfter(String sentence, int start, int end) {
        Matcher failing = FAILING.matcher(sentence);
        if (!failing.find(end)) {
            Matcher trait = TRAIT.matcher(sentence.substring(0, start));
            return trait.find() && !FIRST_PERSON.matcher(sentence.substring(0, start)).find()
                    ? Optional.of(new int[] {trait.start(), end}) : Optional.empty();
        }
        String between = sentence.substring(end, failing.start());
        if (between.split("\\s+").length > 10 || WE_OR_I.matcher(between).find()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {start, failing.end()});
    }

    /** A third party given as the cause: "caused by our cloud provider", "AWS's outage", "GitHub took us down". */
    Optional<Matcher> thirdPartyBlamed(String sentence) {
        if (thirdPartyFirstWords.isPresent() && !thirdPartyFirstWords.get().mayHold(sentence)
                || !thirdParty.matcher(sentence).find()) {
            return Optional.empty();
        }
        Optional<Matcher> caused = find(causedByThirdParty, sentence);
        if (caused.isPresent()) {
            return caused;
        }
        Optional<Matcher> failed = find(thirdPartyFailed, sentence);
        return failed.isPresent() ? failed : find(thirdPartyBug, sentence);
    }

    /**
     * A concrete step: a sentence that starts with a change verb ("Add a canary stage ...", "Added ...", after an
     * optional "Label:"), or has one right after its subject or auxiliary ("We have moved X to Y", "X has been
     * disabled", "the team is going to rebuild ..."), followed by the thing it changes.
     */
    boolean isStep(String sentence) {
        String text = sentence.replaceFirst("^[^\\p{L}]+", "").replaceFirst("^(?:\\p{Lu}{2,}\\s+)+", "");
        if (ABOUT_THE_TEXT.matcher(text).lookingAt()) {
            return false;
        }
        Matcher label = STEP_LABEL.matcher(text);
        if (label.find()) {
            String rest = text.substring(label.end());
            if (startsWithChange(rest)) {
                return true;
            }
        }
        if (startsWithChange(text)) {
            return true;
        }
        Matcher verb = changeVerb.matcher(text);
        while (verb.find()) {
            if (SUBJECT.matcher(text.substring(0, verb.start())).find() && verb.start() > 0
                    && objectFollows(text, verb.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence about the postmortem itself, not a step in it: "In this section we outline the lessons learned, and
     * how our processes have changed or will change" (Optimism's 2022-02-02 postmortem), "This section lists ...";
     * the text then says what it does, so that "This report generator was moved ..." stays a step.
     */
    private static final Pattern ABOUT_THE_TEXT = Pattern.compile("(?:in\\s+)?(?:this|the following|the next)\\s+"
            + "(?:section|document|post|report|page|postmortem|post-mortem|retrospective|write-?up)s?,?\\s+(?:we\\s+)?"
            + "(?:outline|describe|list|summari[sz]e|cover|explain|detail|present|set out|look at|go through)"
            + "(?:s|d|ed)?\\b", FLAGS);
    private static final Pattern DONE = Pattern.compile("\\b(?:we've|we have|has been|have been|had been|was|were"
            + "|already)\\b", FLAGS);
    private static final Pattern PLANNED = Pattern.compile("\\b(?:will|going to|plan|plans|planned|intend|intends"
            + "|should|must|need to|needs to|to be|next|future|in progress)\\b", FLAGS);
    private static final Pattern OWNER = Pattern.compile("\\b(?:team|engineers|maintainers|owner|owned by"
            + "|assigned to)\\b|@\\w", FLAGS);

    /**
     * A step still to be done, with no owner named in it: a concrete step that is not in the past ("Added ...",
     * "we have moved ...", "X has been disabled", a step ticked with a check mark are done) and names no team or
     * owner.
     */
    boolean isUnownedPlan(String sentence) {
        if (!isStep(sentence) || OWNER.matcher(sentence).find() || sentence.strip().startsWith("\u2705")
                || sentence.strip().startsWith("\u2714")) {
            return false;
        }
        if (PLANNED.matcher(sentence).find()) {
            return true;
        }
        if (DONE.matcher(sentence).find()) {
            return false;
        }
        String text = sentence.replaceFirst("^[^\\p{L}]+", "").replaceFirst("^(?:\\p{Lu}{2,}\\s+)+", "")
                .replaceFirst("^[^:]{1,60}:\\s+", "");
        Matcher verb = changeVerb.matcher(text);
        if (!verb.find()) {
            return false;
        }
        String form = verb.group().toLowerCase(java.util.Locale.ROOT);
        return !(form.endsWith("ed") || form.equals("built") || form.equals("rebuilt") || form.equals("rewrote")
                || form.equals("rewritten") || form.equals("split"));
    }

    private boolean startsWithChange(String text) {
        Matcher verb = changeVerb.matcher(text);
        return verb.lookingAt() && objectFollows(text, verb.end());
    }

    private static boolean objectFollows(String text, int at) {
        return text.substring(at).strip().split("\\s+").length >= 1 && !text.substring(at).isBlank();
    }
}
