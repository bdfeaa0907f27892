package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lets attribute syntax set only {@code id} and {@code class}, so that Markdown cannot add event handlers, styles
 * or links to the HTML. Braces that hold anything else are the author's words, not attributes: Flexmark reads
 * {@code {foo}}, {@code {project_id=abc, host=example.org}} (a label set quoted from an alert) or the inner braces
 * of {@code {{ TITLE }}} as attributes, which would leave nothing of them on the page. They are put back as the text
 * they were, braces included. Action items' own attributes ({@code {owner="SRE"}}) are read and taken out before.
 */
final class Sanitiser {

    static final Set<String> SAFE_ATTRIBUTES = Set.of(".", "#", "class", "id");

    private Sanitiser() {
    }

    /** Turns every brace group that is not only ids and classes back into its text. */
    static void clean(Document document) {
        List<AttributesNode> words = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode attributes && !onlyIdsAndClasses(attributes)) {
                words.add(attributes);
            }
        }
        for (AttributesNode attributes : words) {
            attributes.insertBefore(new Text(withSpaceBefore(attributes)));
            // Flexmark keeps the group for the element it was read for and applies its children when that renders.
            attributes.removeChildren();
            attributes.unlink();
        }
    }

    /**
     * The group's text, with the spaces between it and the words before it: at the end of a paragraph Flexmark
     * takes them off the words, as it would for attributes of the paragraph.
     */
    private static BasedSequence withSpaceBefore(AttributesNode attributes) {
        BasedSequence chars = attributes.getChars();
        Node previous = attributes.getPrevious();
        if (previous == null || previous.getEndOffset() >= chars.getStartOffset()) {
            return chars;
        }
        BasedSequence between = chars.baseSubSequence(previous.getEndOffset(), chars.getStartOffset());
        return between.isBlank() ? chars.baseSubSequence(previous.getEndOffset(), chars.getEndOffset()) : chars;
    }

    private static boolean onlyIdsAndClasses(AttributesNode attributes) {
        boolean any = false;
        for (Node child : attributes.getChildren()) {
            if (!(child instanceof AttributeNode attribute)
                    || !SAFE_ATTRIBUTES.contains(attribute.getName().toString().toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
