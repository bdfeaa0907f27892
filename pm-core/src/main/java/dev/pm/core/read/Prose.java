package dev.pm.core.read;

import dev.pm.core.Position;
import dev.pm.core.model.SectionKind;
import java.util.List;

/**
 * The author's own words in a postmortem body, as the quality checks judge them: one passage per paragraph,
 * heading or table cell, each knowing where every character came from. Code spans, code blocks, raw HTML and
 * block quotes are left out, because quoted or literal text is not the author speaking.
 */
public final class Prose {

    /**
     * One run of text.
     *
     * @param section the top-level section it is in (REGRET, REASON, REMEDY or OTHER)
     * @param part the Reason sub-section it is in, or the same as {@code section} outside one
     * @param heading whether the passage is a heading's text
     * @param text the text; soft and hard line breaks read as spaces, typographic apostrophes as {@code '}
     * @param offsets the body offset each character of {@code text} came from
     * @param lowerCase the text lower-cased character by character, so offsets stay the same; kept because
     *     every phrase list searches it
     * @param words where the words of the text are, as pairs of start (inclusive) and end (exclusive) indexes:
     *     each word whole ({@code won't}, {@code root-cause}) and, when it has apostrophes or hyphens, each part
     *     ({@code won}, {@code t}, {@code root}, {@code cause}); a word is a run of letters, digits, {@code _},
     *     {@code '} and {@code -}. A phrase list looks at a passage only if one of these is one of the list's
     *     first words; indexes rather than strings, because strings of every word of every passage cost more
     *     to make than the lists cost to search
     */
    public record Passage(SectionKind section, SectionKind part, boolean heading, String text, int[] offsets,
            String lowerCase, int[] words) {
    }

    private final List<Passage> passages;
    private final LineIndex lines;

    /** The passages of one body, and where its offsets are in the file. */
    public Prose(List<Passage> passages, LineIndex lines) {
        this.passages = List.copyOf(passages);
        this.lines = lines;
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The passages of one top-level section or Reason sub-section, in source order. */
    public List<Passage> in(SectionKind kind) {
        return passages.stream().filter(p -> p.section() == kind || p.part() == kind).toList();
    }

    /** Lower-cases character by character, so that every offset stays the same as in the original text. */
    public static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Where character {@code index} of {@code passage} is in the source file. */
    public Position position(Passage passage, int index) {
        int[] offsets = passage.offsets();
        return lines.at(offsets.length == 0 ? 0 : offsets[Math.min(index, offsets.length - 1)]);
    }
}
