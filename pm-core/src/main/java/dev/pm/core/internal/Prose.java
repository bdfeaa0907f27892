package dev.pm.core.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pm.core.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * @param words the lower-case words of the text, whole ({@code won't}, {@code root-cause}) and split at
     *     apostrophes and hyphens ({@code won}, {@code t}, {@code root}, {@code cause}): a phrase list looks at a
     *     passage only if it holds one of the list's first words
     */
    public record Passage(SectionKind section, SectionKind part, boolean heading, String text, int[] offsets,
            String lowerCase, Set<String> words) {
    }

    private final List<Passage> passages;
    private final LineIndex lines;

    private Prose(List<Passage> passages, LineIndex lines) {
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

    /** Collects passages while the body's sections are being read. */
    static final class Builder {

        private final List<Passage> passages = new ArrayList<>();
        private final LineIndex lines;

        Builder(LineIndex lines) {
            this.lines = lines;
        }

        void add(SectionKind section, SectionKind part, List<Node> blocks) {
            blocks.forEach(block -> block(section, part, block));
        }

        void heading(SectionKind section, SectionKind part, Heading heading) {
            passage(section, part, true, heading);
        }

        Prose build() {
            return new Prose(passages, lines);
        }

        private void block(SectionKind section, SectionKind part, Node node) {
            if (node instanceof BlockQuote || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
                return;
            }
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                passage(section, part, node instanceof Heading, node);
                return;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(section, part, child);
            }
        }

        private void passage(SectionKind section, SectionKind part, boolean heading, Node node) {
            StringBuilder text = new StringBuilder();
            int[] offsets = new int[64];
            offsets = inline(node, text, offsets);
            String words = text.toString();
            if (!words.isBlank()) {
                String lower = lowerCase(words);
                passages.add(new Passage(section, part, heading, words, Arrays.copyOf(offsets, words.length()),
                        lower, wordsOf(lower)));
            }
        }

        private static int[] inline(Node node, StringBuilder text, int[] offsets) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Code || child instanceof HtmlInline || child instanceof HtmlInlineComment
                        || child instanceof AttributesNode) {
                    continue;
                }
                if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    offsets = append(text, offsets, ' ', child.getStartOffset());
                } else if (child.hasChildren()) {
                    offsets = inline(child, text, offsets);
                } else {
                    BasedSequence chars = child.getChars();
                    for (int i = 0; i < chars.length(); i++) {
                        char c = chars.charAt(i);
                        offsets = append(text, offsets, c == '’' ? '\'' : c, chars.getIndexOffset(i));
                    }
                }
            }
            return offsets;
        }

        private static Set<String> wordsOf(String lower) {
            Set<String> words = new HashSet<>();
            int start = -1;
            for (int i = 0; i <= lower.length(); i++) {
                char c = i < lower.length() ? lower.charAt(i) : ' ';
                boolean inWord = Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '-';
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    words.add(lower.substring(start, i));
                    int partStart = start;
                    for (int j = start; j <= i; j++) {
                        if (j == i || lower.charAt(j) == '\'' || lower.charAt(j) == '-') {
                            words.add(lower.substring(partStart, j));
                            partStart = j + 1;
                        }
                    }
                    start = -1;
                }
            }
            return words;
        }


        private static int[] append(StringBuilder text, int[] offsets, char c, int offset) {
            int[] room = text.length() == offsets.length ? Arrays.copyOf(offsets, offsets.length * 2) : offsets;
            room[text.length()] = offset;
            text.append(c);
            return room;
        }
    }
}
