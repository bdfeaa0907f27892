package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published postmortem keeps none of the {@code pm:new} template's guidance, and its Summary and Technical
 * account are not left empty. The guidance sentences are read from the template itself
 * ({@code dev/pm/core/new/postmortem.md}), so the two cannot drift apart.
 */
final class Placeholder extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("placeholder", Diagnostic.Level.ERROR,
            "A published postmortem keeps none of the pm:new template's guidance text, and its Summary and Technical"
                    + " account are not empty.",
            "Replace the template's guidance with your own words, or remove the heading of a sub-section you do not"
                    + " need.");
    static final String TEMPLATE = "/dev/pm/core/new/postmortem.md";
    private static final Pattern FIELD = Pattern.compile("^(summary|impact):\\s*(.+)$", Pattern.MULTILINE);
    private static final List<Guidance> GUIDANCE = guidance();

    Placeholder() {
        super(DESCRIPTION);
    }

    /**
     * One of the template's texts as a pattern in which {{x}} stands for a word, and the lower-case word every
     * match starts with (empty when the text starts with {{x}}): a sentence that starts otherwise is not tried.
     */
    private record Guidance(String start, Pattern pattern) {

        static Guidance of(String text) {
            String literal = text.strip().split("\\{\\{", -1)[0];
            String first = literal.isEmpty() ? "" : literal.split("\\s+")[0];
            return new Guidance(first.toLowerCase(Locale.ROOT), Placeholder.pattern(text));
        }

        /**
         * Whether a lower-case, stripped sentence is this text; {@code ascii} says it has no character that Unicode
         * case folding could match to another letter, so that the start word can rule it out.
         */
        boolean matches(String sentence, boolean ascii) {
            return (!ascii || sentence.startsWith(start)) && pattern.matcher(sentence).matches();
        }
    }

    /** The template's body sentences and front-matter texts. */
    private static List<Guidance> guidance() {
        String template;
        try (InputStream in = Placeholder.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("pm-core is missing its resource " + TEMPLATE);
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> texts = new ArrayList<>();
        int close = template.indexOf("\n---", 3);
        Matcher field = FIELD.matcher(template.substring(0, Math.max(close, 0)));
        while (field.find()) {
            texts.add(field.group(2));
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : (template.substring(close + 4) + "\n").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("- ")) {
                splitInto(paragraph.toString(), texts);
                paragraph.setLength(0);
            }
            if (l.startsWith("- ")) {
                paragraph.append(l.substring(2).replaceFirst("^\\[[ x]\\]\\s*", "").replaceFirst("\\s*\\{\\w+=.*$", ""));
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(l);
            }
        }
        splitInto(paragraph.toString(), texts);
        return texts.stream().map(Guidance::of).toList();
    }

    private static void splitInto(String paragraph, List<String> texts) {
        for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
            if (sentence.strip().split("\\s+").length >= 3) {
                texts.add(sentence.strip());
            }
        }
    }

    private static Pattern pattern(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\\{\\{[^}]*\\}\\}", -1)) {
            parts.add(String.join("\\s+", List.of(part.strip().split("\\s+")).stream()
                    .filter(w -> !w.isEmpty()).map(Pattern::quote).toList()));
        }
        return Pattern.compile(String.join("\\s*\\S+\\s*", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Optional<Guidance> guidanceIn(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        boolean ascii = t.chars().allMatch(c -> c < 0x80);
        for (Guidance guidance : GUIDANCE) {
            if (guidance.matches(t, ascii)) {
                return Optional.of(guidance);
            }
        }
        return Optional.empty();
    }

    @Override
    void check(Subject subject, Findings findings) {
        Postmortem postmortem = subject.postmortem();
        if (postmortem.isDraft()) {
            return;
        }
        for (String key : List.of("summary", "impact")) {
            Optional<String> value = key.equals("summary") ? postmortem.front().summary() : postmortem.front().impact();
            if (value.isPresent() && guidanceIn(value.get()).isPresent()) {
                findings.add(subject.field(key), "'" + key + "' is still the pm:new template's guidance: write what"
                        + " happened in your own words");
            }
        }
        for (Sentences.Sentence sentence : subject.sentences()) {
            if (!sentence.passage().heading() && guidanceIn(sentence.text()).isPresent()) {
                findings.add(subject.at(sentence, 0), "'" + shorten(sentence.text()) + "' is the pm:new template's"
                        + " guidance, left in a published postmortem: replace it with what happened");
            }
        }
        Optional<Reason> reason = postmortem.reason();
        if (reason.isPresent()) {
            for (Optional<Section> section : List.of(reason.get().summary(), reason.get().technicalAccount())) {
                if (section.isPresent() && subject.text(section.get().kind()).isEmpty()) {
                    findings.add(subject.heading(section.get().line()), "'" + section.get().title() + "' is empty:"
                            + " write it, or remove the heading");
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
