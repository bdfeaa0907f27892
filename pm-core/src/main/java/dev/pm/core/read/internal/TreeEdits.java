package dev.pm.core.read.internal;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The only changes made to a body's tree before it is rendered: action items lose their attributes, which are
 * shown apart; timeline entries lose their leading times, which are shown apart; unsafe attributes go. The
 * tree comes out the same whatever the order of these changes.
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
        reading.actions().forEach(action -> action.attributeNodes().forEach(Node::unlink));
        reading.timeline().entries().forEach(entry -> entry.timed().setChars(entry.words()));
        Sanitiser.clean(document);
        return new Edited(document, reading);
    }
}
