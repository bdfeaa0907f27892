package dev.pm.core.read.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import dev.pm.core.internal.SectionMarks;
import java.util.Optional;

/**
 * The nodes pm adds to a tree so that what it recognises is marked up where the author wrote it: a timeline
 * entry's time and an action item. They hold no source text of their own, so a tree with them renders every word
 * it did before. What the page must finish (a task's status word, an action item's details) is left as a
 * {@link SectionMarks} mark.
 */
final class InPlaceMarks {

    private InPlaceMarks() {
    }

    /**
     * The time an entry starts with, as written ({@code stamp}), the end of its range if it is one, and the
     * separator written after them; each {@code datetime} is what a {@code <time>} element's attribute holds (an
     * instant or a day).
     */
    static final class TimeMark extends Node implements TextContainer {

        /** A range's end: the dash between the times as written, the end as written, its instant. */
        record Until(String join, String stamp, String datetime) {
        }

        private final String stamp;
        private final String datetime;
        private final Optional<Until> until;
        private final String separator;

        TimeMark(String stamp, String datetime, Optional<Until> until, String separator) {
            this.stamp = stamp;
            this.datetime = datetime;
            this.until = until;
            this.separator = separator;
        }

        String stamp() {
            return stamp;
        }

        String datetime() {
            return datetime;
        }

        Optional<Until> until() {
            return until;
        }

        String separator() {
            return separator;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }

        /**
         * The time as written, for whoever collects a node's text: a heading's id is made from its words, and a
         * heading that starts with a time keeps the id links written for the file use.
         */
        @Override
        public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                int flags, NodeVisitor nodeVisitor) {
            out.append(stamp);
            until.ifPresent(end -> out.append(end.join()).append(end.stamp()));
            out.append(separator);
            return false;
        }
    }

    /** Marks a task-list item as the {@code index}th action item of its postmortem; renders nothing itself. */
    static final class ActionMark extends Node {

        private final int index;

        ActionMark(int index) {
            this.index = index;
        }

        int index() {
            return index;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
