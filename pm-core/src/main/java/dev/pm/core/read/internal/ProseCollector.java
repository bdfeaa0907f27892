package dev.pm.core.read.internal;

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
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.Prose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the author's words ({@link Prose}) from the Markdown tree while the body's sections are being read. */
final class ProseCollector {

    private final List<Prose.Passage> passages = new ArrayList<>();
    private final LineIndex lines;
    private final boolean collecting;

    private ProseCollector(LineIndex lines, boolean collecting) {
        this.lines = lines;
        this.collecting = collecting;
    }

    /** Collects every passage. */
    static ProseCollector of(LineIndex lines) {
        return new ProseCollector(lines, true);
    }

    /** Collects nothing: for a build that judges no words, which then pays nothing for them. */
    static ProseCollector none(LineIndex lines) {
        return new ProseCollector(lines, false);
    }

    void add(SectionKind section, SectionKind part, List<Node> blocks) {
        if (collecting) {
            blocks.forEach(block -> block(section, part, block));
        }
    }

    void heading(SectionKind section, SectionKind part, Heading heading) {
        if (collecting) {
            passage(section, part, true, heading);
        }
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
        // The text is never longer than the node's source: sized to it, neither grows by copying (collecting
        // the prose of 10,000 postmortems allocated about 300 MB in growing these two alone).
        int longest = Math.max(16, node.getChars().length());
        StringBuilder text = new StringBuilder(longest);
        int[] offsets = new int[longest];
        offsets = inline(node, text, offsets);
        String words = text.toString();
        if (!words.isBlank()) {
            String lower = Prose.lowerCase(words);
            passages.add(new Prose.Passage(section, part, heading, words, Arrays.copyOf(offsets, words.length()),
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

    /** The spans of the words of {@code lower} and of their parts, as {@link Prose.Passage#words()} describes. */
    private static int[] wordsOf(String lower) {
        // About one word (or part of one) in every four characters: sized so that it rarely grows.
        int[] spans = new int[Math.max(16, lower.length() / 2)];
        int count = 0;
        int start = -1;
        boolean parted = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean separator = c == '\'' || c == '-';
            boolean inWord = separator || c == '_' || Character.isLetterOrDigit(c);
            if (inWord && start < 0) {
                start = i;
                parted = false;
            }
            if (inWord) {
                parted |= separator;
            } else if (start >= 0) {
                spans = room(spans, count);
                spans[count++] = start;
                spans[count++] = i;
                if (parted) {
                    int partStart = start;
                    for (int j = start; j <= i; j++) {
                        if (j == i || lower.charAt(j) == '\'' || lower.charAt(j) == '-') {
                            if (j > partStart) {
                                spans = room(spans, count);
                                spans[count++] = partStart;
                                spans[count++] = j;
                            }
                            partStart = j + 1;
                        }
                    }
                }
                start = -1;
            }
        }
        return Arrays.copyOf(spans, count);
    }

    private static int[] room(int[] spans, int count) {
        return count + 2 <= spans.length ? spans : Arrays.copyOf(spans, spans.length * 2);
    }

    private static int[] append(StringBuilder text, int[] offsets, char c, int offset) {
        int[] room = text.length() == offsets.length ? Arrays.copyOf(offsets, offsets.length * 2) : offsets;
        room[text.length()] = offset;
        text.append(c);
        return room;
    }
}
