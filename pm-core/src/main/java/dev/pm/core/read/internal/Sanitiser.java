package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import dev.pm.core.internal.Problems;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lets attribute syntax set only {@code id} and {@code class}, so that Markdown cannot add event handlers, styles
 * or links to the HTML. Braces that hold anything else are the author's words, not attributes: Flexmark reads
 * {@code {foo}}, {@code {project_id=abc, host=example.org}} (a label set quoted from an alert) or the inner braces
 * of {@code {{ TITLE }}} as attributes, which would leave nothing of them on the page. They are put back as the text
 * they were, braces included, right after parsing, so that what reads the tree (timelines, checks) sees them as the
 * reader does. Two kinds of group wait until the tree has been read: an action item's, which {@link ActionItems}
 * reads as the item's attributes, and a heading's, from which {@link Outline} learns that a section is internal
 * ({@code {.internal title="Staff only"}}, kramdown's {@code {: .internal}}) and which it leaves out when it
 * recognises a section's name ({@code ### Timeline {: #timeline}}). After that ({@link #clean}), a heading's group
 * keeps its ids and classes and loses the rest, unless it holds words ({@code {foo}}, {@code {#how it happened}}),
 * which are put back as text.
 */
final class Sanitiser {

    static final Set<String> SAFE_ATTRIBUTES = Set.of(".", "#", "class", "id");
    /** kramdown's mark of an attribute list, {@code {: .internal}}: no attribute of its own. */
    private static final String KRAMDOWN_MARK = ":";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    /** kramdown's mark written against a class, {@code {:.internal}}: Flexmark reads one attribute named so. */
    private static final Pattern MARK_AND_CLASS = Pattern.compile(":(?:\\.[\\p{L}\\p{N}_-]+)+");

    private Sanitiser() {
    }

    /**
     * Puts back as text every brace group that is not only ids and classes, except those of action items and
     * headings. A heading's group that holds words and tried to give it an id ({@code {#how it happened}}) gives it
     * none, with a {@code heading-id} warning, since an id cannot hold a space.
     */
    static void restoreWords(Document document, LineIndex lines, Problems problems) {
        List<AttributesNode> groups = groups(document);
        groups.forEach(Sanitiser::splitKramdownMark);
        for (AttributesNode attributes : toRestore(groups, true)) {
            if (attributes.getParent() instanceof Heading heading) {
                if (heading.isExplicitAnchorRefId() && holdsWords(attributes) && writesAnId(attributes)) {
                    heading.setAnchorRefId("");
                    heading.setExplicitAnchorRefId(false);
                    problems.warning(lines.at(attributes.getStartOffset()), ReadRule.HEADING_ID, "'"
                            + attributes.getChars() + "' sets no id: an id cannot hold a space; write it with '-'"
                            + " instead, such as '{#" + WHITE_SPACE.matcher(attributes.getText().toString()
                            .replace("#", "").strip()).replaceAll("-") + "}'");
                }
            } else {
                restore(attributes);
            }
        }
    }

    /**
     * Reads {@code {:.internal}} as kramdown does, as {@code {: .internal}}: its mark, then a class ({@code {:.a.b}}:
     * classes a and b). Flexmark reads it as one attribute named {@code :.internal}, which left a section meant for
     * staff public.
     */
    private static void splitKramdownMark(AttributesNode group) {
        if (!(group.getFirstChild() instanceof AttributeNode attribute) || !attribute.getValue().isEmpty()
                || !MARK_AND_CLASS.matcher(attribute.getName()).matches()) {
            return;
        }
        // The name only: what the pattern checked (an attribute's text may hold a value after it).
        BasedSequence name = attribute.getName();
        attribute.insertBefore(new AttributeNode(name.subSequence(0, 1), BasedSequence.NULL, BasedSequence.NULL,
                BasedSequence.NULL, BasedSequence.NULL));
        int start = 1;
        while (start < name.length()) {
            int end = name.indexOf('.', start + 1);
            end = end < 0 ? name.length() : end;
            attribute.insertBefore(new AttributeNode(name.subSequence(start, start + 1), BasedSequence.NULL,
                    BasedSequence.NULL, name.subSequence(start + 1, end), BasedSequence.NULL));
            start = end;
        }
        attribute.unlink();
    }

    /**
     * Once the tree has been read: a heading's group that is attribute syntax keeps only its ids and classes, and
     * every other group still in the tree that is not only ids and classes is put back as text.
     */
    static void clean(Document document) {
        List<AttributesNode> groups = groups(document);
        for (AttributesNode attributes : groups) {
            if (isKramdownMark(attributes.getFirstChild()) && onlyIdsAndClasses(attributes)) {
                // kramdown's mark is no attribute; Flexmark would write it as one (":").
                attributes.getFirstChild().unlink();
            }
        }
        for (AttributesNode attributes : toRestore(groups, false)) {
            if (attributes.getParent() instanceof Heading && !holdsWords(attributes)) {
                List<Node> unsafe = new ArrayList<>();
                attributes.getChildren().forEach(child -> {
                    if (!(child instanceof AttributeNode attribute) || !isIdOrClass(attribute)) {
                        unsafe.add(child);
                    }
                });
                unsafe.forEach(Node::unlink);
            } else {
                restore(attributes);
            }
        }
    }

    /** Every brace group of the tree, found in one walk. */
    private static List<AttributesNode> groups(Document document) {
        List<AttributesNode> groups = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode attributes) {
                groups.add(attributes);
            }
        }
        return groups;
    }

    /** The groups to put back as text: not only ids and classes, and before reading not an action item's. */
    private static List<AttributesNode> toRestore(List<AttributesNode> groups, boolean beforeReading) {
        return groups.stream().filter(attributes -> !onlyIdsAndClasses(attributes)
                && !(beforeReading && inTaskItemsFirstParagraph(attributes))).toList();
    }

    /** Whether a group holds a word without a value, as prose in braces does ({@code {foo}}, {@code {#how it}}). */
    private static boolean holdsWords(AttributesNode attributes) {
        for (Node child : attributes.getChildren()) {
            if (child instanceof AttributeNode attribute && !isIdOrClass(attribute)
                    && attribute.getValue().isBlank() && !attribute.getName().toString().equals(KRAMDOWN_MARK)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdOrClass(AttributeNode attribute) {
        return SAFE_ATTRIBUTES.contains(attribute.getName().toString().toLowerCase(Locale.ROOT))
                && !attribute.getValue().isBlank();
    }

    private static boolean inTaskItemsFirstParagraph(Node node) {
        Node paragraph = node.getParent();
        return paragraph != null && paragraph.getParent() instanceof TaskListItem item
                && item.getFirstChild() == paragraph;
    }

    private static void restore(AttributesNode attributes) {
        // Flexmark wraps the words before a group in a node of their own, to give them the attributes.
        if (attributes.getPrevious() instanceof TextBase wrapped) {
            while (wrapped.getFirstChild() != null) {
                wrapped.insertBefore(wrapped.getFirstChild());
            }
            wrapped.unlink();
        }
        attributes.insertBefore(new Text(withSpaceBefore(attributes)));
        // Flexmark keeps the group for the element it was read for and applies its children when that renders.
        attributes.removeChildren();
        attributes.unlink();
    }

    /**
     * The group's text, with the spaces between it and the words before it: at the end of a paragraph Flexmark
     * takes them off the words, as it would for attributes of the paragraph. Across a line break (a quote's next
     * line) one space stands for the break.
     */
    private static BasedSequence withSpaceBefore(AttributesNode attributes) {
        BasedSequence chars = withSpaceAfter(attributes);
        Node previous = attributes.getPrevious();
        if (previous == null || previous.getEndOffset() >= chars.getStartOffset()) {
            return chars;
        }
        BasedSequence between = chars.baseSubSequence(previous.getEndOffset(), chars.getStartOffset());
        return between.isBlank() ? chars.baseSubSequence(previous.getEndOffset(), chars.getEndOffset())
                : PrefixedSubSequence.prefixOf(" ", chars);
    }

    /** The group's text with the spaces between it and the words after it, which Flexmark takes off them too. */
    private static BasedSequence withSpaceAfter(AttributesNode attributes) {
        BasedSequence chars = attributes.getChars();
        Node next = attributes.getNext();
        if (next == null || next.getStartOffset() <= chars.getEndOffset()) {
            return chars;
        }
        BasedSequence between = chars.baseSubSequence(chars.getEndOffset(), next.getStartOffset());
        return between.isBlank() && between.indexOf('\n') < 0
                ? chars.baseSubSequence(chars.getStartOffset(), next.getStartOffset()) : chars;
    }

    /**
     * Whether the group is attribute syntax as pm takes it: ids and classes, each with a value, after kramdown's
     * mark or not ({@code {.note}}, {@code {: .note #db}}, as Jekyll sites write them).
     */
    private static boolean onlyIdsAndClasses(AttributesNode attributes) {
        boolean any = false;
        for (Node child : attributes.getChildren()) {
            if (child == attributes.getFirstChild() && isKramdownMark(child)) {
                continue;
            }
            if (!(child instanceof AttributeNode attribute) || !isIdOrClass(attribute)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether the node is kramdown's {@code :} that opens an attribute list ({@code {: .note}}), no attribute. */
    static boolean isKramdownMark(Node node) {
        return node instanceof AttributeNode attribute && attribute.getName().toString().equals(KRAMDOWN_MARK)
                && attribute.getValue().isBlank();
    }

    private static boolean writesAnId(AttributesNode attributes) {
        for (Node child : attributes.getChildren()) {
            if (child instanceof AttributeNode attribute && attribute.isId()) {
                return true;
            }
        }
        return false;
    }
}
