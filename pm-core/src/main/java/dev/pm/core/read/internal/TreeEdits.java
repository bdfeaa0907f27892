package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pm.core.model.LocalLink;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only changes made to a body's tree before it is rendered: action items lose their attributes, which are
 * shown apart, and are marked where they stand; timeline entries' times are marked where they stand; footnotes
 * are numbered in the order they are first referred to; unsafe attributes go. No words are removed. The tree
 * comes out the same whatever the order of these changes.
 */
final class TreeEdits {

    /** A tree with every edit made: the only input rendering takes, so nothing renders a tree still to be edited. */
    static final class Edited {

        private final Document document;
        private final Reading reading;

        private Edited(Document document, Reading reading) {
            this.document = document;
            this.reading = reading;
        }

        Document document() {
            return document;
        }

        Reading reading() {
            return reading;
        }
    }

    private TreeEdits() {
    }

    static Edited apply(Document document, Reading reading) {
        List<ActionItems.Action> actions = reading.actions();
        for (int i = 0; i < actions.size(); i++) {
            ActionItems.Action action = actions.get(i);
            // Flexmark applies a group's attributes to the element it was read for even once the group is out of
            // the tree: only a group without children applies nothing.
            action.attributeNodes().forEach(attributes -> {
                attributes.removeChildren();
                attributes.unlink();
            });
            if (action.item().getFirstChild() instanceof Paragraph paragraph) {
                paragraph.prependChild(new InPlaceMarks.ActionMark(i));
            }
        }
        reading.timeline().marks().forEach(TreeEdits::markTime);
        numberFootnotes(document);
        Sanitiser.clean(document);
        localLinks(reading.files());
        return new Edited(document, reading);
    }

    private static void markTime(Timeline.Mark mark) {
        Text text = mark.text();
        String chars = text.getChars().toString();
        int end = Math.min(chars.length(), mark.length() + mark.separatorLength());
        int startLength = mark.until().map(Timeline.Until::startLength).orElse(mark.length());
        Optional<InPlaceMarks.TimeMark.Until> until = mark.until().map(u -> new InPlaceMarks.TimeMark.Until(
                chars.substring(u.startLength(), u.offset()), chars.substring(u.offset(), mark.length()),
                u.datetime()));
        text.insertBefore(new InPlaceMarks.TimeMark(chars.substring(0, startLength), mark.datetime(), until,
                chars.substring(mark.length(), end)));
        text.setChars(text.getChars().subSequence(end));
    }

    /**
     * Local links and images (or, for reference-style ones, their definitions) get the placeholder the site
     * replaces with their URL; one that points at an unsafe SVG is left as its words.
     */
    private static void localLinks(LocalLinks.Found files) {
        files.placeholders().forEach((node, index) -> {
            BasedSequence url = BasedSequence.of(LocalLink.placeholder(index));
            if (node instanceof Link link) {
                link.setUrl(url);
            } else if (node instanceof Image image) {
                image.setUrl(url);
            } else if (node instanceof Reference reference) {
                // Every reference-style link and image that uses the definition renders its URL.
                reference.setUrl(url);
            }
        });
        for (Node node : files.unsafe()) {
            while (node.getFirstChild() != null) {
                node.insertBefore(node.getFirstChild());
            }
            node.unlink();
        }
    }

    /** Numbers footnotes 1, 2, ... in the order of their first reference; an unreferenced one keeps 0. */
    private static void numberFootnotes(Document document) {
        Map<FootnoteBlock, Integer> references = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock block) {
                block.setFootnoteOrdinal(0);
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null) {
                FootnoteBlock block = footnote.getFootnoteBlock();
                int seen = references.getOrDefault(block, 0);
                if (seen == 0) {
                    block.setFootnoteOrdinal(references.size() + 1);
                }
                footnote.setReferenceOrdinal(seen);
                references.put(block, seen + 1);
            }
        }
    }
}
